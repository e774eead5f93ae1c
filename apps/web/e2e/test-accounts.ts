import { expect, type Page } from "@playwright/test";

/** A fresh identity per run, so specs never collide with earlier runs' accounts. */
export function newPerson(name: string) {
  const id = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  return {
    displayName: `${name} ${id.slice(-6)}`,
    email: `${name.toLowerCase()}-${id}@example.test`,
    password: `correct horse ${id}`,
  };
}

export type Person = ReturnType<typeof newPerson>;

/** Fills the sign-up form on the current page and submits it. */
export async function fillSignUp(page: Page, person: Person) {
  await expect(page.getByRole("heading", { name: "Create account", level: 1 })).toBeVisible();
  await page.getByLabel("Display name").fill(person.displayName);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("main").getByRole("button", { name: "Create account" }).click();
}
