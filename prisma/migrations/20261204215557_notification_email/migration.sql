-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "emailedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "NotificationSetting" ADD COLUMN     "emailMode" TEXT NOT NULL DEFAULT 'immediate',
ADD COLUMN     "lastDigestAt" TIMESTAMP(3);
