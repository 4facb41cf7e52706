// Why should an identifier avoid having several underscores
// in a row (for example current___balance)?

// Answer: because it is so easy to type the wrong count later on.
// A name declared with three underscores might get written with only
// two somewhere further down, and then the two names do not match.
