-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "closingSoonNotifiedAt" TIMESTAMP(3);
