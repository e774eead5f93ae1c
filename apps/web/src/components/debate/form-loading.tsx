import { StatusMessage } from "@/components/ui/status-message";

/** Stands in for a form whose code is still loading (forms load when first opened). */
export function FormLoading() {
  return <StatusMessage>Loading the form…</StatusMessage>;
}
