-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "reviewRemindedAt" TIMESTAMP(3);
