/** "-Review pay banding", "•Hold a forum": a bullet typed with no space before a capital. */
const tightBullet = /^[•▪*–-](?=[A-Z])/

/**
 * An action title with its bullet typed tight against the first word ("-Review pay banding …") read without the
 * bullet, as a reader reads it. A hyphen before a lowercase word or a digit ("-5% gap") is kept.
 *
 * @example
 * dropTightBullet('-Review pay banding') // 'Review pay banding'
 * dropTightBullet('-5% pay gap') // '-5% pay gap'
 */
export function dropTightBullet(title: string): string {
  return tightBullet.test(title) ? title.slice(1) : title
}
