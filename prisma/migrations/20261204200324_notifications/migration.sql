-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "recipientId" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "eventId" BIGINT NOT NULL,
    "kind" TEXT NOT NULL,
    "concernsId" UUID,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationCursor" (
    "workspaceId" UUID NOT NULL,
    "lastEventId" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "NotificationCursor_pkey" PRIMARY KEY ("workspaceId")
);

-- CreateIndex
CREATE INDEX "Notification_recipientId_id_idx" ON "Notification"("recipientId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_eventId_recipientId_key" ON "Notification"("eventId", "recipientId");

-- Existing installs start notifying from now on, not with their whole history.
INSERT INTO "NotificationCursor" ("workspaceId", "lastEventId")
SELECT "workspaceId", MAX("id") FROM "Event" GROUP BY "workspaceId";
