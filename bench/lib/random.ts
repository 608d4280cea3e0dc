// mulberry32: a small deterministic generator, so every bench run measures the same synthetic plan.
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n))

/** A random ISO calendar date in `years` years from `fromYear` (days 1–28, so every month has them). */
export function randomIsoDay(rand: () => number, fromYear: number, years: number): string {
  const year = fromYear + Math.floor(rand() * years)
  return `${year}-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 28))}`
}
