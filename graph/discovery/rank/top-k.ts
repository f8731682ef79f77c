/** The k best (index, score) pairs seen, kept in a min-heap; `sorted()` gives them best first. */
export class TopK {
  private readonly indices: Int32Array;
  private readonly scores: Float64Array;
  private size = 0;
  constructor(private readonly k: number) {
    this.indices = new Int32Array(Math.max(1, k));
    this.scores = new Float64Array(Math.max(1, k));
  }
  push(index: number, score: number): void {
    if (this.k <= 0 || !(score > 0)) return;
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (this.scores[parent]! <= score) break;
        this.indices[i] = this.indices[parent]!;
        this.scores[i] = this.scores[parent]!;
        i = parent;
      }
      this.indices[i] = index;
      this.scores[i] = score;
      return;
    }
    if (score <= this.scores[0]!) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const r = l + 1;
      const child = r < this.size && this.scores[r]! < this.scores[l]! ? r : l;
      if (this.scores[child]! >= score) break;
      this.indices[i] = this.indices[child]!;
      this.scores[i] = this.scores[child]!;
      i = child;
    }
    this.indices[i] = index;
    this.scores[i] = score;
  }
  sorted(): { index: number; score: number }[] {
    const out: { index: number; score: number }[] = [];
    for (let i = 0; i < this.size; i++) out.push({ index: this.indices[i]!, score: this.scores[i]! });
    return out.sort((a, b) => b.score - a.score || a.index - b.index);
  }
}
