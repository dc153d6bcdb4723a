// Pinyin, for names a Chinese company also writes in Latin letters (知衍-2 = Zhiyan-2, 栖云 = Qiyun).
import { createRequire } from "node:module";

let convert: ((han: string) => string) | null = null;

/** Pinyin already computed: the same few names are compared again and again across a batch. */
const known = new Map<string, string>();
const KNOWN_MAX = 50_000;

/** Toneless pinyin of Chinese characters, joined and lower-case: 知衍 → "zhiyan". Loaded on first use. */
function toPinyin(han: string): string {
  const cached = known.get(han);
  if (cached !== undefined) return cached;
  if (convert === null) {
    const { pinyin } = createRequire(import.meta.url)("pinyin-pro") as {
      pinyin: (text: string, options: { toneType: "none"; type: "array" }) => string[];
    };
    convert = (text) => pinyin(text, { toneType: "none", type: "array" }).join("").toLowerCase();
  }
  const spelled = convert(han);
  if (known.size >= KNOWN_MAX) known.clear();
  known.set(han, spelled);
  return spelled;
}

const LATIN_BRAND = /^([A-Za-z]{3,})(.*)$/;
const HAN_PREFIX = /^(\p{Script=Han}{2,4})/u;

/**
 * Whether a Latin name is the pinyin spelling of a Chinese name, with the same rest: "Zhiyan-2" and
 * "知衍-2", "Qiyun-V3" and "栖云-V3". With `brandOnly`, only the brand must match (Qiyun-V3-Lite and 栖云智能).
 */
export function samePinyinName(latin: string, chinese: string, brandOnly = false): boolean {
  const l = LATIN_BRAND.exec(latin);
  const han = HAN_PREFIX.exec(chinese)?.[1];
  if (!l || han === undefined) return false;
  const brand = l[1]!.toLowerCase();
  const rest = (s: string) => s.replace(/[\s\-_·]/g, "").toLowerCase();
  for (let n = 2; n <= han.length; n++) {
    if (toPinyin(han.slice(0, n)) !== brand) continue;
    if (brandOnly || rest(l[2]!) === rest(chinese.slice(n))) return true;
  }
  return false;
}
