/** The report's words in Russian. */
import type { CommitmentChange, Evidence } from '../../types/commitments.js';
import { signed } from '../../util/format.js';
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
  const parts: string[] = [];
  for (const kind of ['softened', 'dropped', 'strengthened', 'added', 'reworded']) {
    const n = c.commitments[kind] ?? 0;
    if (n === 0) continue;
    const [sing, plural] = VERBS[kind] as [string, string];
    const verb = PLURAL.select(n) === 'few' ? plural : sing;
    let part = parts.length === 0 ? `${verb} ${n} ${form(n, 'обязательство', 'обязательства', 'обязательств')}` : `${verb} ${n}`;
    const shift = top && top.kind === kind ? top.evidence.find((e) => e.kind === 'act') : undefined;
    if (shift && shift.kind === 'act' && top?.new) part += ` (${n > 1 ? 'в том числе ' : ''}${act(shift.old.act)} → ${act(shift.new.act)}: ${q(top.new.topic)})`;
    parts.push(part);
  }
  const p = c.paragraphs;
  const changed = (p.modified ?? 0) + (p.split ?? 0) + (p.merged ?? 0);
  const moves = [
    changed > 0 ? `изменена формулировка ${changed} из ${c.total.new}` : '',
    p.moved ? `перемещено ${p.moved}` : '',
    p.added ? `добавлено ${p.added}` : '',
    p.dropped ? `исключено ${p.dropped}` : '',
  ].filter(Boolean);
  const cosmetic = p.cosmetic ? `${p.cosmetic} ${form(p.cosmetic, 'абзац отличается', 'абзаца отличаются', 'абзацев отличаются')} только написанием` : '';
  const first = parts.length > 0 ? `${capital(parts.join(', '))}.` : moves.length > 0 ? 'Обязательства не изменились.' : '';
  const second = moves.length > 0 ? `Абзацы: ${moves.join(', ')}${cosmetic ? `; ${cosmetic}` : ''}.` : cosmetic ? `Существенных изменений нет: ${cosmetic}.` : '';
  const out = [first, second].filter(Boolean).join(' ');
  return out || 'Изменений нет: тексты совпадают.';
}

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
  paragraphCounts: { modified: 'изменено', moved: 'перемещено', split: 'разделено', merged: 'объединено', added: 'добавлено', dropped: 'исключено', cosmetic: 'написание', unchanged: 'без изменений' },
  comma: ', ',
  slots: SLOTS,
  signed,
  paragraphCount: (a, b) => `абзацев: ${a} → ${b}`,
  series: {
    meta: (r, l, c) => `раундов: ${r} · цепочек абзацев: ${l} · обязательств: ${c}`,
    commitmentsLegend: 'Сила по шкале действий в каждом раунде (— если нет); + добавлено, ✕ исключено, ↓ смягчено, ↑ усилено, ~ перефразировано. Каждая отметка ведёт к правке этой пары.',
    paragraphsLegend: 'Номера абзацев (¶) в каждом раунде для изменившихся абзацев. ✎ изменён, ⇅ перемещён, ⑂ разделён, ⋈ объединён, + добавлен, ✕ исключён.',
    act: 'Действие',
    about: 'О чём',
    paragraph: 'Абзац',
    noParagraphChanged: 'Ни один абзац не изменился по существу.',
  },
  trackedNote: (a, b) => `Следующий раздел — текст «${b}» с изменениями относительно «${a}» в режиме исправлений: если принять все, получится «${b}», если отклонить все — «${a}». Перемещённый, разделённый или объединённый абзац удалён там, где стоял, и вставлен там, где стоит.`,
  times: (n) => `${n}×`,
  reason,
  headline,
};
