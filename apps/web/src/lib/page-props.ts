/** The `searchParams` Next passes to a page; written out so `tsc` works before `next typegen`. */
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;
