#include <math.h>
#include <algorithm>
#include <bitset>
#include <chrono>
#include <fstream>
#include <iostream>
#include <list>
#include <map>
#include <queue>
#include <random>
#include <set>
#include <sstream>
#include <stack>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

typedef long long ll;
template <typename T>
inline void inspect(T& t) {
    typename T::iterator i1 = t.begin(), i2 = t.end();
    while (i1 != i2) {
        std::cout << (*i1) << ' ';
        i1++;
    }
    std::cout << '\n';
}

/////////////////////////////////////////////////////////////
using namespace std;

/*
Shift an array of n items i places to the left, wrapping around.
Say n=8 and i=3: the array abcdefgh turns into defghabc.
The easy way copies into a second n-item array and takes n moves.
Can it be done in linear time with only a handful of
spare bytes?
*/

/*
Still not clear to me how the trick summarised below really works:

“The book's answer halves the value range again and again and
follows whichever half holds more numbers than it has room
for. Done naively, the count of numbers need not halve each
round, so log2 n rounds can cost on the order of n log n. A
 refinement keeps the work linear: once the search knows the
 repeat lies in a range of size m, it writes at most m+1 numbers
 to the current scratch tape and simply drops any extra ones.
 Dropping input that way looks reckless, and the method
 often ignores numbers it has read, but it is careful
 enough that a repeated value is still certain to
 be found by the time the range has shrunk
 to a single value.”
*/

// method1
// shrink the bound round by round with the pigeonhole argument
// looking at each 32-bit input four bits per round

// int getBits(int n, const int& len, const int& i)
// {	// take "len" bits of n starting at the ith
// 	// lowest bit position
// 	int mask = (1 << len) - 1;
// 	n >>= i;
// 	return mask & n;
// }

int findDuplicate(int* nums, const long& n) {  // return some value that repeats in nums
    // mask picks out mask_size bits at a time
    // which decide the bucket a number falls into
    const int mask_size = 4;
    assert(mask_size < 16 and ((mask_size & (mask_size - 1)) == 0));
    int mask = (1 << mask_size) - 1;

    // how many counters we keep
    // a bigger table usually means fewer rounds
    const int sz = 1 << (mask_size);
    int counter[sz];

    // the most numbers one "bucket" could hold
    // when every value is distinct
    int upper = n / sz;
    // the prefix in signature_cat collects the chosen bucket ids
    // round after round of the search
    int signature_cat = 0;

    for (int b = 0; b < 32 - mask_size;
         b += mask_size) {  // b means "begin": the lowest bit position
                            // handled in this round
        // of the binary form of each number
        memset(counter, 0, sizeof(int) * sz);

        // sig_mask keeps the low bits already fixed in signature_cat
        int sig_mask = (1 << b) - 1;

        for (int i = 0; i < n;
             ++i) {  // count this number only when its low bits match
            // the prefix in signature_cat
            if (signature_cat == 0 or
                (signature_cat ==
                 (nums[i] & sig_mask))) {  // bucket id from the next bit group
                int signature = (nums[i] >> b) & mask;
                // one more in that bucket
                counter[signature]++;

                if (counter[signature] >
                    upper) {  // a bucket holding more than upper
                    // has to contain a repeated value
                    // so fix that bucket id and move to the next bits
                    signature_cat |= (signature << b);
                    break;
                }
            }
        }
        // the range shrinks, so the bound shrinks with it
        upper /= sz;
    }

    return signature_cat;
}

long maxn = 80000000;
int* nums = new int[maxn];

int main() {
    cout << "creating numbers...\n";

    for (int i = 0; i < maxn; ++i) {
        nums[i] = i;
    }

    nums[44298112] = 12983;  // plant a repeat on purpose: this value
                             // written over some random slot

    cout << "searching for duplicates...\n";

    cout << "duplicate: " << findDuplicate(nums, maxn) << '\n';

    return 0;
}
