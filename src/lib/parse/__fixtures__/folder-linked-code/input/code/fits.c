int fits(int x) { return x >> 1; }
