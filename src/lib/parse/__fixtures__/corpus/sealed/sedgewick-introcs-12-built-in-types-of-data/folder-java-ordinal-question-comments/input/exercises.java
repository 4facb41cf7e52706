public class exercises {
    public static void main(String[] args) {
        // 1st question:
        // int t = a copies a into t, so (t = a).
        // b = t copies t into b, which means (b = a) now.
        // a = b copies b back into a, so (a = starting value of a).
        // in the end t and b both hold whatever a started with.

        // 4th question:
        // !(a < b) && !(a > b))
        // rewriting each half we get: (a >= b) && (a <= b)
        // which only holds when a == b

        // 5th question:
        // false ^ false = false
        // true ^ true = false
        // false ^ true = true
        // true ^ false = true

        // 6th question:
        // 10/3 comes out as 3 instead of 3.33333333
        // Because, 10 and 3 are both ints. Had both been doubles the result would be
        // 3.33333333

        // 7th question:
        // a. 2bc : because the string gets glued on
        // b. 5bc : numbers in front are added up before anything else.
        // c. 5bc : the parentheseses force the addition first.
        // d. bc5 : the parentheseses force the addition first.
        // e. bc23 : since nothing is in parentheseses.

        // 8th question:
        // to get the square root of some number c
        // we just solve for the roots of (x*x) + 0*x - c.

        // 16th question:
        // the bug is that G * mass1 * mass2 gets divided by r insted of (r * r)
        // fixed line: double force = G * mass1 * mass2 / (r * r);
    }
}
