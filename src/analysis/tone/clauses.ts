// The clause around a range of a block's text: sentence marks, commas, colons and semicolons close a clause, so
// 「公司不会裁员，但会冻结招聘」 holds two, and the 不 of the first does not reach 冻结招聘. The marks are the same in both
// scripts, so the Simplified view and the original give the same range.
const CLAUSE_END = /[。！？!?；;，,：:\n]|\.(?=\s|$)|\s[-–—]\s/g;

export interface Range {
  start: number;
  end: number;
}

export function clauseRange(text: string, start: number, end = start): Range {
  let from = 0;
  for (const match of text.matchAll(CLAUSE_END)) {
    if (match.index >= end) return { start: from, end: match.index };
    if (match.index < start) from = match.index + match[0].length;
  }
  return { start: from, end: text.length };
}
