"use client";

import { SignedInGate } from "@/components/auth/signed-in-gate";
import { Section } from "@/components/ui/section";
import { ApiTokenList } from "./api-token-list";
import { NotificationSettings } from "./notification-settings";
import { PasswordForm } from "./password-form";
import { SessionList } from "./session-list";

export function AccountPage() {
  return (
    <SignedInGate>
      {(user) => (
        <div className="space-y-10">
          <div className="space-y-1">
            <h1 className="text-2xl font-semibold tracking-tight">Account</h1>
            <p className="text-stone-700">
              {user.displayName} · {user.email}
            </p>
          </div>
          <Section
            title="Sessions"
            description="Every browser where you are signed in. Sign out any you do not recognise."
          >
            <SessionList />
          </Section>
          {user.isGuest ? null : (
            <Section
              title="Password"
              description="Changing it signs you out on every other browser."
            >
              <PasswordForm />
            </Section>
          )}
          {user.isGuest ? null : (
            <Section
              title="API tokens"
              description="Let a script or another tool use Steelman as you, in one workspace. Send the token as “Authorization: Bearer …”."
            >
              <ApiTokenList />
            </Section>
          )}
          {user.isGuest ? null : (
            <Section title="Notifications" description="What you are told about in each workspace.">
              <NotificationSettings />
            </Section>
          )}
        </div>
      )}
    </SignedInGate>
  );
}
