// Cursors for lists read page by page (the web reads them with TanStack
// Query's infinite queries, which send `cursor`). An event cursor is an
// event id: the page holds what comes before it.
import { z } from "zod";

export const activityCursor = z
  .string()
  .regex(/^\d+$/, "That page of activity does not exist.")
  .max(30, "That page of activity does not exist.")
  .nullish();
