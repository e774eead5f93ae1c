"use client";

import { cloneElement, type ReactElement, type ReactNode, useRef, useState } from "react";

/** What an on-demand dialog hands its Modal. */
export type ModalControl = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCloseAutoFocus: (event: Event) => void;
};

type DialogOnDemandProps = {
  /** The button that opens it (given onClick, aria-haspopup and aria-expanded here). */
  trigger: ReactElement<{
    onClick?: () => void;
    ref?: React.Ref<HTMLButtonElement>;
    "aria-haspopup"?: "dialog";
    "aria-expanded"?: boolean;
  }>;
  /** The dialog, mounted when first opened and kept (its state survives closing). */
  dialog: (control: ModalControl) => ReactNode;
};

/**
 * A dialog whose machinery (the dialog library, its queries and mutations)
 * is mounted only once someone opens it. Every claim of an outline offers
 * two or three dialogs; mounting them all was much of a big debate's first
 * draw. Closing returns focus to the button, as a trigger's dialog does.
 */
export function DialogOnDemand({ trigger, dialog }: DialogOnDemandProps) {
  const [open, setOpen] = useState(false);
  const [mounted, setMounted] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      {cloneElement(trigger, {
        ref: button,
        "aria-haspopup": "dialog",
        "aria-expanded": open,
        onClick: () => {
          setMounted(true);
          setOpen(true);
        },
      })}
      {mounted
        ? dialog({
            open,
            onOpenChange: setOpen,
            onCloseAutoFocus: (event) => {
              event.preventDefault();
              button.current?.focus();
            },
          })
        : null}
    </>
  );
}
