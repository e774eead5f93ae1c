"use client";

import { useCallback, useState } from "react";
import {
  checkFields,
  type FieldErrors,
  formLevelMessage,
  type InputSchema,
  serverFieldErrors,
} from "./field-errors";

/**
 * A form's errors, field by field: first its own check with the API's schema
 * (`check` before sending), then whatever the server refused. `field(name)`
 * is the sentence to show next to that field; `formMessage` the rest.
 */
export function useFieldErrors(mutationError: unknown, shownFields: readonly string[]) {
  const [checked, setChecked] = useState<FieldErrors | null>(null);
  const errors = checked ?? serverFieldErrors(mutationError);
  const check = useCallback((schema: InputSchema, input: unknown): boolean => {
    const found = checkFields(schema, input);
    setChecked(found);
    return found === null;
  }, []);
  return {
    check,
    field: (name: string): string | null => errors[name] ?? null,
    formMessage: formLevelMessage(checked ? null : mutationError, errors, shownFields),
    /** Forgets the form's own findings (when a field changes). */
    reset: () => setChecked(null),
  };
}
