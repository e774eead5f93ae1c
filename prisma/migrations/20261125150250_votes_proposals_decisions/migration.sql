-- CreateEnum
CREATE TYPE "Agreement" AS ENUM ('agree', 'unsure', 'disagree');

-- CreateEnum
CREATE TYPE "ProposalMethod" AS ENUM ('consent', 'single_choice', 'ranked_choice', 'score', 'dot');

-- CreateEnum
CREATE TYPE "Disposition" AS ENUM ('accepted_risk', 'will_monitor', 'out_of_scope');

-- AlterTable
ALTER TABLE "Debate" ADD COLUMN     "hideTallies" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "membersMayPropose" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ClaimVote" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "debateId" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "agreement" "Agreement" NOT NULL,
    "impact" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClaimVote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "debateId" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "method" "ProposalMethod" NOT NULL,
    "options" JSONB NOT NULL DEFAULT '[]',
    "scoreMax" INTEGER NOT NULL DEFAULT 5,
    "dots" INTEGER NOT NULL DEFAULT 5,
    "quorum" DOUBLE PRECISION,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "result" JSONB,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ballot" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "proposalId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "choice" JSONB NOT NULL,
    "reason" TEXT,
    "objectionId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Ballot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "debateId" UUID NOT NULL,
    "seriesId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "outcome" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "proposalId" UUID,
    "tally" JSONB,
    "ownerId" UUID NOT NULL,
    "reviewBy" TIMESTAMP(3),
    "supersedesSeriesId" UUID,
    "recordedById" UUID NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- A generated column (the schema's dbgenerated default keeps Prisma's diff quiet).
    "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, ((COALESCE(outcome, ''::text) || ' '::text) || COALESCE(rationale, ''::text)))) STORED,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionPremise" (
    "decisionId" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "labelAtDecision" TEXT NOT NULL,

    CONSTRAINT "DecisionPremise_pkey" PRIMARY KEY ("decisionId","claimId")
);

-- CreateTable
CREATE TABLE "DecisionObjection" (
    "decisionId" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "disposition" "Disposition" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "DecisionObjection_pkey" PRIMARY KEY ("decisionId","claimId")
);

-- CreateIndex
CREATE INDEX "ClaimVote_debateId_idx" ON "ClaimVote"("debateId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimVote_claimId_userId_key" ON "ClaimVote"("claimId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_claimId_key" ON "Proposal"("claimId");

-- CreateIndex
CREATE INDEX "Proposal_debateId_idx" ON "Proposal"("debateId");

-- CreateIndex
CREATE INDEX "Proposal_closedAt_closesAt_idx" ON "Proposal"("closedAt", "closesAt");

-- CreateIndex
CREATE UNIQUE INDEX "Ballot_proposalId_userId_key" ON "Ballot"("proposalId", "userId");

-- CreateIndex
CREATE INDEX "Decision_workspaceId_recordedAt_idx" ON "Decision"("workspaceId", "recordedAt");

-- CreateIndex
CREATE INDEX "Decision_searchVector_idx" ON "Decision" USING GIN ("searchVector");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_seriesId_version_key" ON "Decision"("seriesId", "version");

-- AddForeignKey
ALTER TABLE "ClaimVote" ADD CONSTRAINT "ClaimVote_debateId_fkey" FOREIGN KEY ("debateId") REFERENCES "Debate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimVote" ADD CONSTRAINT "ClaimVote_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimVote" ADD CONSTRAINT "ClaimVote_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_debateId_fkey" FOREIGN KEY ("debateId") REFERENCES "Debate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_objectionId_fkey" FOREIGN KEY ("objectionId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_debateId_fkey" FOREIGN KEY ("debateId") REFERENCES "Debate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionPremise" ADD CONSTRAINT "DecisionPremise_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionPremise" ADD CONSTRAINT "DecisionPremise_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionObjection" ADD CONSTRAINT "DecisionObjection_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionObjection" ADD CONSTRAINT "DecisionObjection_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
