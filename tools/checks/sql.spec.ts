import { SUBGRAPHS } from '../subgraphs';
import { checkedInSqlFiles, currentSqlFiles } from '../sql/statements';

describe('checked-in SQL', () => {
  it('matches every named statement the code writes (on failure: run `npm run sql` and commit)', async () => {
    const current = await currentSqlFiles();
    const checkedIn = SUBGRAPHS.flatMap(checkedInSqlFiles);
    expect(checkedIn.map((f) => f.path).sort()).toEqual(current.map((f) => f.path).sort());
    for (const file of current) {
      expect({ file: file.path, text: checkedIn.find((f) => f.path === file.path)?.text }).toEqual({ file: file.path, text: file.text });
    }
  });
});
