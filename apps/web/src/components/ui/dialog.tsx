"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { X } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "./button";

type ModalProps = {
  /** The element that opens the dialog (a Button); none when it is opened on demand (DialogOnDemand). */
  trigger?: ReactNode;
  title: string;
  description?: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Where focus goes on closing; by default back to the trigger. */
  onCloseAutoFocus?: (event: Event) => void;
  children: ReactNode;
};

/** A dialog for reading or a short form: a titled panel over the page, closed by Esc or ✕. */
export function Modal({
  trigger,
  title,
  description,
  open,
  onOpenChange,
  onCloseAutoFocus,
  children,
}: ModalProps) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      {trigger ? <Dialog.Trigger asChild>{trigger}</Dialog.Trigger> : null}
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-stone-900/30" />
        <Dialog.Content
          className="fixed top-1/2 left-1/2 z-50 max-h-[85dvh] w-[calc(100%-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 space-y-4 overflow-y-auto rounded-lg border border-stone-300 bg-white p-5 shadow-lg"
          {...(description ? {} : { "aria-describedby": undefined })}
          onCloseAutoFocus={onCloseAutoFocus}
        >
          <div className="flex items-start justify-between gap-3">
            <Dialog.Title className="text-lg font-semibold text-balance">{title}</Dialog.Title>
            <Dialog.Close asChild>
              <Button variant="quiet" className="-mt-1 -mr-2 px-2" aria-label="Close">
                <X aria-hidden="true" className="size-4" />
              </Button>
            </Dialog.Close>
          </div>
          {description ? (
            <Dialog.Description className="text-sm text-stone-700">
              {description}
            </Dialog.Description>
          ) : null}
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
