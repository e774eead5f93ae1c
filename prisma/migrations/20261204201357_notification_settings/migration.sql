-- CreateTable
CREATE TABLE "NotificationSetting" (
    "userId" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "level" TEXT NOT NULL DEFAULT 'all',

    CONSTRAINT "NotificationSetting_pkey" PRIMARY KEY ("userId","workspaceId")
);
