// The cache behind the shared debate reads: one build for a room asking at
// once, a newer version or an old entry built again, failures not kept, and a
// bounded size.
import { describe, expect, it } from "vitest";
import { SharedReadCache } from "./debate-read-cache.ts";

function counter() {
  let builds = 0;
  const build = (value: string) => async () => {
    builds += 1;
    return value;
  };
  return { build, builds: () => builds };
}

const one = () => 1;

describe("SharedReadCache", () => {
  it("builds once for readers asking at the same time, and again for a newer version", async () => {
    const cache = new SharedReadCache(60_000);
    const { build, builds } = counter();
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => cache.get("debate|member", "event 7", build("at 7"), one)),
    );
    expect(new Set(answers)).toEqual(new Set(["at 7"]));
    expect(builds()).toBe(1);
    expect(await cache.get("debate|member", "event 8", build("at 8"), one)).toBe("at 8");
    expect(await cache.get("debate|observer", "event 8", build("observer"), one)).toBe("observer");
    expect(builds()).toBe(3);
  });

  it("builds again once an entry has outlived its lifetime", async () => {
    let now = 0;
    const cache = new SharedReadCache(60_000, () => now);
    const { build, builds } = counter();
    await cache.get("slot", "v", build("first"), one);
    now = 59_999;
    expect(await cache.get("slot", "v", build("second"), one)).toBe("first");
    now = 60_000;
    expect(await cache.get("slot", "v", build("third"), one)).toBe("third");
    expect(builds()).toBe(2);
  });

  it("lets entries past their lifetime go at the next read, whatever it asks for", async () => {
    let now = 0;
    const cache = new SharedReadCache(60_000, () => now);
    await cache.get(
      "big debate",
      "v",
      async () => "a",
      () => 10_000,
    );
    expect(cache.size).toBe(1);
    now = 61_000;
    await cache.get("another debate", "v", async () => "b", one);
    expect(cache.size).toBe(1);
  });

  it("does not keep a failed build", async () => {
    const cache = new SharedReadCache(60_000);
    const failing = cache.get("slot", "v", () => Promise.reject(new Error("database down")), one);
    await expect(failing).rejects.toThrow("database down");
    expect(await cache.get("slot", "v", async () => "rebuilt", one)).toBe("rebuilt");
  });

  it("drops the least recently used entries past its claim budget", async () => {
    const cache = new SharedReadCache(60_000);
    const big = () => 40_000;
    await cache.get("a", "v", async () => "a", big);
    await cache.get("b", "v", async () => "b", big);
    await cache.get("a", "v", async () => "a again", big); // a is now the most recent
    await cache.get("c", "v", async () => "c", big);
    await Promise.resolve();
    expect(cache.size).toBe(2);
    expect(await cache.get("a", "v", async () => "a rebuilt", big)).toBe("a");
    expect(await cache.get("b", "v", async () => "b rebuilt", big)).toBe("b rebuilt");
  });

  it("builds every time when its lifetime is zero (switched off)", async () => {
    const cache = new SharedReadCache(0);
    const { build, builds } = counter();
    await cache.get("slot", "v", build("x"), one);
    await cache.get("slot", "v", build("x"), one);
    expect(builds()).toBe(2);
    expect(cache.size).toBe(0);
  });
});
