import { MaxLength, MinLength, ValidateNested } from 'class-validator';
import { validateInput } from '../src';

class Line {
  @MinLength(1)
  invoice: string;
}

class Claim {
  @MaxLength(5)
  title: string;

  @ValidateNested({ each: true })
  lines: Line[];
}

const make = (title: string, invoices: string[]) =>
  Object.assign(new Claim(), { title, lines: invoices.map((invoice) => Object.assign(new Line(), { invoice })) });

describe('input validation', () => {
  it('passes valid input', async () => {
    await expect(validateInput(make('ok', ['A1']))).resolves.toBeUndefined();
  });

  it('names the first offending field, with every violation listed', async () => {
    await expect(validateInput(make('too long', ['A1', '']))).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'title',
        violations: [
          { field: 'title', message: expect.stringContaining('title') },
          { field: 'lines.1.invoice', message: expect.any(String) },
        ],
      },
    });
  });
});
