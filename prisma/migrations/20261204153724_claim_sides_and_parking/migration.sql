-- AlterEnum
ALTER TYPE "ClaimKind" ADD VALUE 'proposal';

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "parkReason" TEXT,
ADD COLUMN     "parkedAt" TIMESTAMP(3),
ADD COLUMN     "parkedById" UUID;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_parkedById_fkey" FOREIGN KEY ("parkedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
