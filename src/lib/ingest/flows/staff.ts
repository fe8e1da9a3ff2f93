/**
 * Moves with staff (s21): a firm, its headquarters or a production line that moves from one place to
 * another together with its staff ("moved its headquarters and 300 staff from A to B", "1,200
 * employees came with it", 带来研发人员120名, 把总部和研发团队从A迁到B) is a relocation — a whole firm
 * too — plus a talent flow with the same sides (data/README.md § flows, s21). Only a move stated
 * without a count: firms counted as they settle ("41 firms settled in X, bringing 2,900 workers") stay
 * the count's flow. Staff a place recruits there (新招聘本地员工) or people who only work with the firm
 * later ("its engineers now take courses…") came with nothing.
 *
 * Linear: one pass over the flows, each tested on its own sentence with anchored, bounded patterns.
 */
import type { Lang } from '../lang';
import { spanIndex, type Span } from './segments';
import type { ExtractedFlow } from './types';

const EN_STAFF = '(?:staff(?:ers)?|employees|workers|researchers|engineers|technicians|scientists|personnel|r&d teams?|teams?)';
// The move's object with its staff: "moved its headquarters and 300 staff from…", "…plant and its
// 150 workers to…" (staff joined to the object right after the verb, before the move's places).
const EN_OBJECT_AND_STAFF = new RegExp(
  `^\\s+(?:its|their|the)\\s+(?:[a-z&'-]+\\s+){0,3}?(?:and|plus)\\s+(?:its\\s+|their\\s+|some\\s+|about\\s+|around\\s+|nearly\\s+|more than\\s+)?(?:[\\d,]+\\s+)?(?:[a-z&-]+\\s+)?${EN_STAFF}\\b`
);
// Staff that come along: "bringing 300 researchers with it", "along with its 200 employees",
// "taking its staff with it".
const EN_BRINGING = new RegExp(
  `\\b(?:bringing|brought|taking|took|along with|together with)\\s+(?:(?:its|their|the|some|about|around|nearly|over|more than|all|[\\d,]+)\\s+){0,3}(?:[a-z&-]+\\s+)?${EN_STAFF}\\b`
);
// Staff as the subject of coming: "and 1,200 employees came with it", "the employees 320 persons came
// together with it", "its 80 researchers moved too".
const EN_CAME_WITH = new RegExp(
  `\\b${EN_STAFF}(?:\\s+[\\d,]+\\s+(?:persons|people))?\\s+(?:also\\s+|all\\s+)?(?:came|come|moved|followed|relocated|arrived|transferred)(?:\\s+(?:together|along))?\\s+(?:with\\s+(?:it|them|the (?:firm|company|group|plant))\\b|too\\b|as well\\b)`
);

const ZH_STAFF = '(?:员工|职工|人员|团队|工人|骨干|人才|工程师|研究员|科研人员|技术人员|研发人员)';
// 带来研发人员120名, 带着200名员工, 连同300名员工 (never 招聘: hired there).
const ZH_BRINGING = new RegExp(`(?:带来|带着|带领|连同|随同|携)[^，。；,;]{0,12}?${ZH_STAFF}`);
// 300名员工随迁, 研发团队一同迁入.
const ZH_CAME_WITH = new RegExp(`${ZH_STAFF}[^，。；,;]{0,8}?(?:随迁|随之迁|随企业|一同迁|一并迁|一起迁|同步迁|跟随)`);
// 把总部和研发团队从海淀迁到…: the staff moved as the move's object.
const ZH_OBJECT_AND_STAFF = new RegExp(
  `(?:总部|企业|公司|工厂|生产线|基地)(?:和|及|以及|与|连同)[^，。；,;从自]{0,8}?${ZH_STAFF}`
);
const ZH_HIRED = /招聘|招收|招录|招工|本地员工|当地员工/;

const MOVE_KINDS = new Set(['relocation', 'enterprises']);

/** Whether the sentence of a move at `at` says its staff moved with it. */
export function movedWithStaff(norm: string, lang: Lang, sent: Span, at: number): boolean {
  const s = norm.slice(sent.start, sent.end);
  if (lang === 'zh') {
    if (ZH_HIRED.test(s) && !ZH_BRINGING.test(s)) return false;
    return ZH_BRINGING.test(s) || ZH_CAME_WITH.test(s) || ZH_OBJECT_AND_STAFF.test(s);
  }
  // The verb's own object ("moved its headquarters and 300 staff…"), read from the verb on.
  const verbEnd = norm.indexOf(' ', at);
  if (verbEnd > 0 && verbEnd < sent.end && EN_OBJECT_AND_STAFF.test(norm.slice(verbEnd, Math.min(sent.end, verbEnd + 80))))
    return true;
  const rest = norm.slice(at, sent.end);
  return EN_BRINGING.test(rest) || EN_CAME_WITH.test(rest);
}

/**
 * Makes each numberless move whose sentence says its staff came along a relocation, and adds the
 * staff's talent flow (same sides, status and period) unless one is already read.
 */
export function staffMoves(norm: string, lang: Lang, sents: readonly Span[], out: ExtractedFlow[]): void {
  const added: ExtractedFlow[] = [];
  for (const f of out) {
    if (f.value !== null || !MOVE_KINDS.has(f.kind)) continue;
    const k = spanIndex(sents, f.offset);
    if (k < 0) continue;
    if (!movedWithStaff(norm, lang, sents[k], f.offset)) continue;
    f.kind = 'relocation';
    const same = (x: ExtractedFlow) =>
      x.kind === 'talent' && x.origin.join('+') === f.origin.join('+') && x.destination.join('+') === f.destination.join('+');
    if (out.some(same) || added.some(same)) continue;
    added.push({ ...f, origin: [...f.origin], destination: [...f.destination], kind: 'talent' });
  }
  if (added.length) (out.push(...added), out.sort((a, b) => a.offset - b.offset));
}
