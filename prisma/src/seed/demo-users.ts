// The demo workspace's people; every one signs in with DEMO_PASSWORD.
export const DEMO_PASSWORD = "steelman-demo";

export const DEMO_USERS = [
  { email: "ada@demo.steelman.test", displayName: "Ada Okafor", role: "owner" },
  { email: "ben@demo.steelman.test", displayName: "Ben Lindqvist", role: "facilitator" },
  { email: "chloe@demo.steelman.test", displayName: "Chloé Martin", role: "member" },
  { email: "dev@demo.steelman.test", displayName: "Dev Raman", role: "member" },
  { email: "eli@demo.steelman.test", displayName: "Eli Novak", role: "member" },
  { email: "fran@demo.steelman.test", displayName: "Fran Ito", role: "observer" },
] as const;

export const DEMO_WORKSPACE = { slug: "demo", name: "Demo: Learning-loop strategy" } as const;
