/**
 * Russian lexicon of acts, markers and attribution. Patterns are folded like
 * the text (case, ё → е); verb and noun endings are matched by prefix
 * (`подтверд*`), with explicit forms where a prefix would catch other words
 * (решили, not реши*, which would catch решительно).
 */
import type { Lexicon } from '../../types.js';

export const ru: Lexicon = {
  predicates: [
    { predicate: 'reaffirm', pattern: 'подтверд*|подтвержд*' },
    { predicate: 'reaffirm', pattern: 'вновь ~1 заяви*' },
    { predicate: 'emphasize', pattern: 'подчеркну*|подчеркива*|акцентирова*|указа*|указыва*|заостри*' },
    { predicate: 'emphasize', pattern: 'важност*|необходимост*', nominal: true },
    { predicate: 'agree', pattern: 'договори*|договарива*|согласил*|согласова*' },
    { predicate: 'decide', pattern: 'решили|решил|решает|решают|постанови*' },
    { predicate: 'commit', pattern: 'обязал*|обязуют*|обязует*' },
    { predicate: 'commit', pattern: 'приверженност*', nominal: true },
    { predicate: 'condemn', pattern: 'осуди*|осужда*' },
    { predicate: 'condemn', pattern: 'осуждени*', nominal: true },
    { predicate: 'reject', pattern: 'отверг*|отклони*|отклоня*' },
    { predicate: 'reject', pattern: 'выступи*|выступа* ~2 против' },
    { predicate: 'demand', pattern: 'потребова*|требова*|требу*' },
    { predicate: 'call-upon', pattern: 'призва*|призыва*|призвав*' },
    { predicate: 'call-upon', pattern: 'призыв*', nominal: true },
    { predicate: 'urge', pattern: 'настоятельно ~1 призва*|призыва*|рекомендова*' },
    { predicate: 'request', pattern: 'попроси*|просил*|просят|просит' },
    { predicate: 'welcome', pattern: 'приветствова*|приветству*' },
    { predicate: 'note', pattern: 'отмети*|отмеча*|констатирова*' },
    { predicate: 'note', pattern: 'приняли|принимают к сведению' },
    { predicate: 'note', pattern: 'рассмотрели|обсудили|обсуждали|проанализировали' },
    { predicate: 'express-concern', pattern: 'выразил*|выража* ~3 обеспокоенност*|озабоченност*|тревог*' },
    { predicate: 'express-concern', pattern: 'обеспокоенност*|озабоченност*', nominal: true },
    { predicate: 'express-determination', pattern: 'выразил*|выража* ~3 решимост*' },
    { predicate: 'express-readiness', pattern: 'выразил*|выража* ~3 готовност*' },
    { predicate: 'express-confidence', pattern: 'выразил*|выража* ~3 уверенност*' },
    { predicate: 'express-hope', pattern: 'выразил*|выража* ~3 надежд*' },
    { predicate: 'appreciate', pattern: 'выразил*|выража* ~3 признательност*|благодарност*' },
    { predicate: 'appreciate', pattern: 'высоко оценили' },
    { predicate: 'express', pattern: 'выразили|выразил|выражают|выражает' },
    { predicate: 'encourage', pattern: 'поощря*|поощри*' },
    { predicate: 'support', pattern: 'поддержали|поддерживают|поддержал|поддерживает' },
  ],
  markers: [
    { kind: 'booster', pattern: 'самым решительным образом', weight: 1 },
    { kind: 'booster', pattern: 'тверд*|неизменн*|решительно|решительн*|непоколебим*|всемерн*|категорическ*|категорично|серьезн*|глубок*|безусловн*|полн|полная|полную|полное|полного|полной|полном|полностью' },
    { kind: 'hedge', pattern: 'по возможности' },
    { kind: 'hedge', pattern: 'при необходимости' },
    { kind: 'hedge', pattern: 'по мере необходимости' },
    { kind: 'hedge', pattern: 'в случае необходимости' },
    { kind: 'hedge', pattern: 'в надлежащих случаях' },
    { kind: 'hedge', pattern: 'в принципе' },
    { kind: 'hedge', pattern: 'рассмотреть|изучить|рассмотрения|изучения|стремиться|постараться' },
    { kind: 'modal', pattern: 'должны|должен|должна|должно', weight: 0.5 },
    { kind: 'modal', pattern: 'следует', weight: 0 },
    { kind: 'modal', pattern: 'может|могут|могли', weight: -0.5 },
    { kind: 'negation', pattern: 'не|ни|нет' },
    { kind: 'scope', pattern: 'все|всех|всем|всеми|всей|всего|весь|вся|всю|каждый|любые' },
    { kind: 'time', pattern: 'немедленн*|незамедлительн*|безотлагательн*|срочн*' },
    { kind: 'time', pattern: 'в кратчайшие сроки' },
    { kind: 'time', pattern: 'скорейш*|досрочн*', weight: 0.25 },
  ],
  attribution: [
    'говорится|сообщается|отмечается',
    'согласно ~2 заявлени*|документ*|коммюнике',
    'заявлении|документе ~1 говорится',
  ],
};
