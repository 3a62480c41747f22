/**
 * The slice of papaparse that `shared/` uses, declared here on purpose:
 * `@types/papaparse` references Node's types, and importing it would put all
 * of Node's globals into the `shared/` program (tsconfig.shared.json keeps
 * `types: []` so that pure code cannot lean on them).
 */
declare module 'papaparse/papaparse.min.js' {
  interface ParseError {
    type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
    code:
      | 'MissingQuotes'
      | 'UndetectableDelimiter'
      | 'TooFewFields'
      | 'TooManyFields'
      | 'InvalidQuotes';
    message: string;
    /** Index of the record the error is in, when known. */
    row?: number;
  }

  interface ParseResult<T> {
    data: T[];
    errors: ParseError[];
    meta: { delimiter: string };
  }

  interface ParseConfig {
    header?: false;
    dynamicTyping?: false;
    skipEmptyLines?: boolean | 'greedy';
    delimiter?: string;
    delimitersToGuess?: string[];
    preview?: number;
  }

  const Papa: {
    parse<T>(text: string, config: ParseConfig): ParseResult<T>;
  };
  export default Papa;
}
