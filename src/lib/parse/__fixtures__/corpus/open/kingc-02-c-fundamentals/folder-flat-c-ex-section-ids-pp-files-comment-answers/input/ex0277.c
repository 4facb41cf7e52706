// Which of these words are C keywords?
// (a) for    YES
// (b) If     NO
// (c) main   NO
// (d) printf NO
// (e) while  YES
