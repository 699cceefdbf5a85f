/** Numbers as an analyst reads them, in any digits and grouping. */
import { expect, it } from 'vitest';
import { numbersIn } from '../../src/normalize/numbers.js';

const values = (t: string): string[] => numbersIn(t).map((n) => n.value);

it('reads one number in any grouping and digits', () => {
  expect(values('20,000 · 20 000 · 20\u202f000 · ۲۰٬۰۰۰ · 20.000')).toEqual(['20000', '20000', '20000', '20000', '20000']);
  expect(values('2,254 and ٢٢٥٤')).toEqual(['2254', '2254']);
});

it('reads a decimal mark as one', () => {
  expect(values('1,5 · 1.5 · ۱٫۵')).toEqual(['1.5', '1.5', '1.5']);
});

it('keeps numbers apart that only stand side by side', () => {
  expect(values('in 2024 300 refugees returned; 19, 20 and 21 May')).toEqual(['2024', '300', '19', '20', '21']);
});

it('finds numbers inside words, as written', () => {
  expect(numbersIn('۲۱مین، 31\'inci, و12, 19–20, الـ28')).toEqual([
    { raw: '۲۱', value: '21' },
    { raw: '31', value: '31' },
    { raw: '12', value: '12' },
    { raw: '19', value: '19' },
    { raw: '20', value: '20' },
    { raw: '28', value: '28' },
  ]);
});
