/** The report's words in Russian. */
import type { CommitmentChange, Evidence } from '../../types/commitments.js';
import { signed } from '../../util/format.js';
import { headlineKinds } from './kinds.js';
import type { HeadlineCounts, ReportMessages } from './types.js';

// Russian nouns and participles agree with a number in three forms (CLDR plural categories one, few, many).
const PLURAL = new Intl.PluralRules('ru');
const form = (n: number, one: string, few: string, many: string): string => {
  const c = PLURAL.select(n);
  return c === 'one' ? one : c === 'few' ? few : many;
};
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const SLOTS: Record<string, string> = {
  act: 'действие',
  negation: 'отрицание',
  condition: 'условие',
  modality: 'модальность',
  urgency: 'срочность',
  scope: 'охват',
  booster: 'усиление',
  hedge: 'оговорка',
  speaker: 'кто говорит',
  addressee: 'адресат',
  object: 'предмет',
};
const slot = (s: string): string => SLOTS[s] ?? s;
const parties = 'стороны';

const LAYOUT: Record<string, string> = {
  'page-number': 'номер страницы',
  'running-header': 'колонтитул',
  'page-break': 'разрыв страницы',
  headline: 'заголовок',
  dateline: 'место и дата',
  byline: 'автор',
  caption: 'подпись',
  'read-also': '«читайте также»',
  social: 'пост соцсети',
  share: '«поделиться»',
  tags: 'теги',
  footer: 'подвал',
  advertisement: 'реклама',
};

const LAYOUT_PLURAL: Record<string, string> = {
  'page-number': 'номера страниц',
  'running-header': 'колонтитулы',
  'page-break': 'разрывы страниц',
  headline: 'заголовки',
  byline: 'авторы',
  caption: 'подписи',
  social: 'посты соцсетей',
  footer: 'подвалы',
};

function reason(e: Evidence, q: (text: string) => string, act: (name: string) => string): string {
  switch (e.kind) {
    case 'new':
      return `новое: ${act(e.act)} ${q(e.actText)}, сила ${e.strength}`;
    case 'gone':
      return `исключено: ${act(e.act)} ${q(e.actText)}, сила ${e.strength}`;
    case 'act':
      return `${slot(e.slot)} ${q(e.old.text)} (${act(e.old.act)}) → ${q(e.new.text)} (${act(e.new.act)}): ${signed(e.delta)}`;
    case 'marker':
      if (e.old !== undefined && e.new !== undefined) return `${slot(e.slot)} ${q(e.old)} → ${q(e.new)}: ${signed(e.delta)}`;
      // The verb first, in the neuter of an impersonal report, agrees with any slot's noun.
      return e.old !== undefined ? `снято: ${slot(e.slot)} ${q(e.old)}, ${signed(e.delta)}` : `добавлено: ${slot(e.slot)} ${q(e.new ?? '')}, ${signed(e.delta)}`;
    case 'speaker':
      return `кто говорит: ${e.old === undefined ? parties : q(e.old)} → ${e.new === undefined ? parties : q(e.new)}: ${signed(e.delta)}`;
    case 'addressee':
      return `адресат ${q(e.old)} → ${q(e.new)}`;
    case 'wording':
      if (e.old !== undefined && e.new !== undefined) return `слова ${q(e.old)} → ${q(e.new)}`;
      return e.old !== undefined ? `сняты слова ${q(e.old)}` : `добавлены слова ${q(e.new ?? '')}`;
    case 'punctuation':
      return 'изменена только пунктуация';
    case 'strength': {
      const both = e.shared.length > 0 ? `; в обеих формулировках: ${e.shared.map((m) => `${slot(m.slot)} ${q(m.text)} ${signed(m.weight)}`).join(', ')}` : '';
      return e.old === e.new ? `сила не изменилась: ${e.new}${both}` : `сила ${e.old} → ${e.new}${both}`;
    }
    case 'same':
      if (e.translated) return 'то же обязательство в обоих языках: то же действие, сила в пределах половины уровня';
      if (e.cosmetic.length > 0) return `то же обязательство, иначе написаны только: ${e.cosmetic.slice(0, 3).map(([x, y]) => `${q(x)} → ${q(y)}`).join(', ')}`;
      return e.punctuation ? 'те же слова, отличается только пунктуация' : 'те же слова';
    case 'closest':
      return `ближайшее в ${e.round === 'old' ? 'прежнем' : 'новом'} тексте, но, возможно, другое обязательство: ${act(e.act)} ${q(e.text)}`;
  }
}

// Participles by kind: neuter singular (one, many) and plural (few), agreeing with «обязательство».
const VERBS: Record<string, [string, string]> = {
  softened: ['смягчено', 'смягчены'],
  dropped: ['исключено', 'исключены'],
  strengthened: ['усилено', 'усилены'],
  added: ['добавлено', 'добавлены'],
  reworded: ['перефразировано', 'перефразированы'],
};

function headline(c: HeadlineCounts, top: CommitmentChange | undefined, act: (name: string) => string, q: (text: string) => string): string {
  if (c.across) return acrossHeadline(c, top, act, q);
  const parts = commitmentParts(c, top, act, q, VERBS);
  const p = c.paragraphs;
  const changed = (p.modified ?? 0) + (p.split ?? 0) + (p.merged ?? 0);
  const moves = [
    changed > 0 ? `изменена формулировка ${changed} из ${c.total.new}` : '',
    p.moved ? `перемещено ${p.moved}` : '',
    p.added ? `добавлено ${p.added}` : '',
    p.dropped ? `исключено ${p.dropped}` : '',
  ].filter(Boolean);
  const cosmetic = p.cosmetic ? `${p.cosmetic} ${form(p.cosmetic, 'абзац отличается', 'абзаца отличаются', 'абзацев отличаются')} только написанием` : '';
  const first = parts.length > 0 ? `${capital(parts.join(', '))}.` : c.redlineOnly && (moves.length > 0 || cosmetic !== '') ? 'Обязательства не сравнивались: только правка текста.' : moves.length > 0 ? 'Обязательства не изменились.' : '';
  const second = moves.length > 0 ? `Абзацы: ${moves.join(', ')}${cosmetic ? `; ${cosmetic}` : ''}.` : cosmetic ? `Существенных изменений нет: ${cosmetic}.` : '';
  const out = [first, second].filter(Boolean).join(' ');
  return out || 'Изменений нет: тексты совпадают.';
}

// Across languages a change of strength reads as a difference between the versions, not as an
// edit. The comparatives and adverbial phrases agree with any number; "reworded" is a participle,
// neuter singular or plural as in the headline within one language.
const ACROSS_VERBS: Record<string, [string, string]> = {
  softened: ['в новой версии слабее', 'в новой версии слабее'],
  dropped: ['только в прежней версии', 'только в прежней версии'],
  strengthened: ['в новой версии сильнее', 'в новой версии сильнее'],
  added: ['только в новой версии', 'только в новой версии'],
  reworded: ['сформулировано иначе', 'сформулированы иначе'],
};

/** The headline across languages: what differs between the versions, and what a press report leaves out. */
function acrossHeadline(c: HeadlineCounts, top: CommitmentChange | undefined, act: (name: string) => string, q: (text: string) => string): string {
  const across = c.across ?? { numbers: 0, leftOut: 0 };
  const parts = commitmentParts(c, top, act, q, ACROSS_VERBS);
  const p = c.paragraphs;
  const abzac = (n: number): string => `${n} ${form(n, 'абзац', 'абзаца', 'абзацев')}`;
  const items = [
    across.numbers > 0 ? `числа расходятся в ${across.numbers} ${form(across.numbers, 'абзаце', 'абзацах', 'абзацах')}` : '',
    p.dropped ? `только в прежней версии ${abzac(p.dropped)}` : '',
    p.added ? `только в новой версии ${abzac(p.added)}` : '',
    p.moved ? `${abzac(p.moved)} в другом месте` : '',
    p.split ? `абзацы разделены: ${p.split}` : '',
    p.merged ? `абзацы объединены: ${p.merged}` : '',
    across.leftOut > 0 ? `${across.leftOut} ${form(across.leftOut, 'пункт заявления не вошёл', 'пункта заявления не вошли', 'пунктов заявления не вошли')} в сообщение` : '',
  ].filter(Boolean);
  // (A redline only compared no commitment: it cannot say the versions agree.)
  if (parts.length === 0 && items.length === 0 && c.redlineOnly !== true) return 'Сравнение на разных языках: версии совпадают — все обязательства той же силы, числа те же.';
  const commitments = parts.length > 0 ? parts.join(', ') : c.redlineOnly ? 'обязательства не сравнивались' : 'сила обязательств не расходится';
  return `Сравнение на разных языках: ${[commitments, ...items].join('; ')}.`;
}

const LANGUAGES: Record<string, string> = { en: 'английский', ar: 'арабский', ru: 'русский', fr: 'французский', tr: 'турецкий', fa: 'персидский', und: 'язык не определён' };

/** Russian. */
export const ru: ReportMessages = {
  lang: 'ru',
  dir: 'ltr',
  arrow: '→',
  title: { pair: 'Изменения в коммюнике', series: 'Коммюнике по раундам' },
  side: { old: 'прежний', new: 'новый' },
  text: {
    summary: 'Сводка',
    paragraphs: 'Абзацы',
    commitments: 'Обязательства',
    commitmentChanges: 'Изменения обязательств',
    noCommitmentChange: 'Ни одно обязательство не добавлено, не исключено, не смягчено, не усилено и не перефразировано.',
    commitmentsNotCompared: 'Обязательства не сравнивались: сравнение сделано с commitments: false (--redline-only в командной строке).',
    cosmeticHeading: 'Написано иначе, но не изменено',
    cosmeticNote: 'Слова, которые отличаются только написанием, транслитерацией или новым названием места: отмечены в тексте с прежним написанием и не считаются изменениями.',
    layoutHeading: 'Вёрстка, не сравнивалась',
    layoutNote: 'Номера страниц, колонтитулы, разрывы страниц и элементы новостной страницы: сохранены как написаны, но не участвуют в сопоставлении и в обязательствах.',
    view: 'Вид',
    inline: 'в тексте',
    sideBySide: 'рядом',
    paragraph: 'абзац',
    renumbered: 'изменён номер',
    was: 'было',
    timeline: 'Обязательства по раундам',
    paragraphsAcross: 'Абзацы по раундам',
    noCommitmentFound: 'Обязательств не найдено.',
    paragraphsThatChanged: 'Изменившиеся абзацы',
  },
  kinds: {
    modified: 'Изменён',
    moved: 'Перемещён',
    split: 'Разделён',
    merged: 'Объединён',
    added: 'Добавлен',
    dropped: 'Исключён',
    cosmetic: 'Написание',
    unchanged: 'Без изменений',
    'left-out': 'Не вошёл в сообщение',
  },
  commitmentKinds: {
    added: 'Добавлено',
    dropped: 'Исключено',
    softened: 'Смягчено',
    strengthened: 'Усилено',
    reworded: 'Перефразировано',
    unchanged: 'Без изменений',
  },
  acts: {
    note: 'принять к сведению',
    consider: 'рассмотреть',
    welcome: 'приветствовать',
    appreciate: 'высоко оценить',
    recall: 'напомнить',
    express: 'выразить',
    'express-hope': 'выразить надежду',
    'express-confidence': 'выразить уверенность',
    emphasize: 'подчеркнуть',
    encourage: 'поощрять',
    invite: 'предложить',
    support: 'поддержать',
    propose: 'выдвинуть предложение',
    'express-concern': 'выразить обеспокоенность',
    'express-determination': 'выразить решимость',
    'express-readiness': 'выразить готовность',
    reaffirm: 'подтвердить',
    commit: 'обязаться',
    agree: 'договориться',
    'call-upon': 'призвать',
    urge: 'настоятельно призвать',
    request: 'попросить',
    decide: 'постановить',
    demand: 'потребовать',
    condemn: 'осудить',
    reject: 'отвергнуть',
  },
  layoutKinds: LAYOUT,
  layoutCount: (kind, n) => `${LAYOUT_PLURAL[kind] ?? LAYOUT[kind] ?? kind}: ${n}`,
  // Impersonal neuter, which agrees with any number ("изменено 4", "добавлено 1").
  paragraphCounts: { modified: 'изменено', moved: 'перемещено', split: 'разделено', merged: 'объединено', added: 'добавлено', dropped: 'исключено', cosmetic: 'написание', unchanged: 'без изменений', 'left-out': 'не вошло в сообщение' },
  comma: ', ',
  slots: SLOTS,
  signed,
  paragraphCount: (a, b) => `абзацев: ${a} → ${b}`,
  series: {
    meta: (r, l, c) => `раундов: ${r} · цепочек абзацев: ${l}${c === undefined ? '' : ` · обязательств: ${c}`}`,
    commitmentsLegend: 'Сила по шкале действий в каждом раунде (— если нет); + добавлено, ✕ исключено, ↓ смягчено, ↑ усилено, ~ перефразировано. Каждая отметка ведёт к правке этой пары.',
    paragraphsLegend: 'Номера абзацев (¶) в каждом раунде для изменившихся абзацев. ✎ изменён, ⇅ перемещён, ⑂ разделён, ⋈ объединён, + добавлен, ✕ исключён.',
    act: 'Действие',
    about: 'О чём',
    paragraph: 'Абзац',
    noParagraphChanged: 'Ни один абзац не изменился по существу.',
  },
  across: {
    languages: LANGUAGES,
    line: (a, b) => `${capital(a)} → ${b}: сравнение на разных языках, без пословной правки`,
    report: (r, o) => `Текст «${r}» — сообщение прессы о тексте «${o}»: не вошедшие в него пункты перечислены отдельно и не считаются исключёнными.`,
    leftOutHeading: 'Пункты, не вошедшие в сообщение',
    notInReport: 'нет в сообщении',
    absent: 'нет соответствия в этой версии',
    numbers: 'числа',
    side: (label, language) => `${label} · ${language}`,
    tableNote: (a, b) => `В следующем разделе каждый абзац текста «${a}» стоит рядом с соответствующим абзацем текста «${b}», в таблице из двух столбцов: между разными языками пословная правка не имеет смысла, поэтому исправления не отслеживаются.`,
  },
  trackedNote: (a, b) => `Следующий раздел — текст «${b}» с изменениями относительно «${a}» в режиме исправлений: если принять все, получится «${b}», если отклонить все — «${a}». Перемещённый, разделённый или объединённый абзац удалён там, где стоял, и вставлен там, где стоит.`,
  times: (n) => `${n}×`,
  reason,
  headline,
};

/** The headline's commitment changes, each worded with `verbs` (within one language, or across languages). */
function commitmentParts(c: HeadlineCounts, top: CommitmentChange | undefined, act: (name: string) => string, q: (text: string) => string, verbs: Record<string, [string, string]>): string[] {
  return headlineKinds(c, top).map(({ kind, n, first, shift }) => {
    const [sing, plural] = verbs[kind] as [string, string];
    const verb = PLURAL.select(n) === 'few' ? plural : sing;
    let part = first ? `${verb} ${n} ${form(n, 'обязательство', 'обязательства', 'обязательств')}` : `${verb} ${n}`;
    if (shift) part += ` (${n > 1 ? 'в том числе ' : ''}${act(shift.from)} → ${act(shift.to)}: ${q(shift.topic)})`;
    return part;
  });
}
