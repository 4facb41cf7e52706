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
Two of the rotation methods were only sketched
because their code is fiddly; write each one
out in full. Where does gcd(i, n) turn up
in each of the two programs?
*/

// way 1: three reversals
// easiest to see with a small case
// take nums = 1,2,3,4,5,6 and shift
// it three places to the right
// original: 1 2 3 4 5 6
// rotated : 4 5 6 1 2 3
// flip the front part and the back part
// of the shifted answer separately
// we get    6 5 4 3 2 1
// and that is just the whole input reversed
void vector_rotate_withReverse(vector<int>& nums,
                               int n) {  // shift nums n places right
    n %= nums.size();

    reverse(nums.begin(), nums.end());
    reverse(nums.begin(), nums.begin() + n);
    reverse(nums.begin() + n, nums.end());
}

// way 2: juggling
// whatever n is, stepping by n modulo the size
// and wrapping around always closes a loop
// so we always come back to the start index
// the loop length, i.e. steps until we are home again,
// works out to lcm(nums.size(), n)/n
// so a right shift means: walk every loop and hand
// each value on to the next slot of that same loop
void vector_rotate_withJuggling(vector<int>& nums, int n) {
    if (n == 0 or n == nums.size()) {
        return;
    }
    n %= nums.size();

    int swap_count = 0;
    int i = 0;
    while (swap_count <
           nums.size()) {  // exactly nums.size() moves are needed in total
        // hop forward n at a time until
        // we land on the start index again
        int begin = i;
        int prev = nums[begin];
        do {
            i = (i + n) % nums.size();
            // remember what sits in the target slot
            // before the carried value overwrites it
            // because that value is the one we carry
            // into the following slot
            int temp = nums[i];
            nums[i] = prev;
            prev = temp;

            swap_count++;
        } while (i != begin);
        // loop closed but moves are still missing:
        // start the next loop one index further on
        i++;
    }
}

void vector_rotate_withJuggling2(vector<int>& nums, int n) {  // shifts the other way
    if (n == 0 or n == nums.size()) {
        return;
    }
    n %= nums.size();

    int number_of_cycle = gcd(nums.size(), n);

    // int cycle_size = nums.size()/number_of_cycle;

    for (int i = 0; i < number_of_cycle; ++i) {
        int prev = nums[i];
        int j = i;
        for (;;) {
            int next = j + n;

            if (next >= nums.size()) {
                next -= nums.size();
            }

            if (next == i) {
                break;
            }

            nums[j] = nums[next];

            j = next;
        }

        nums[j] = prev;
    }
}

void mSwap(vector<int>& nums,
           const int& a,
           const int& b,
           const int& m) {  // exchange the blocks nums[a..a+m-1] and nums[b..b+m-1]
    for (int i = 0; i < m; ++i) {
        swap(nums[a + i], nums[b + i]);
    }
}

void vector_rotate_withGCD(vector<int>& nums, const int& n) {
    if (n == nums.size() or n == 0) {
        return;
    }

    int i = n, j = nums.size() - n, p = n;
    while (i != j) {
        if (i > j) {
            mSwap(nums, p - i, p, j);
            i -= j;
        } else {
            mSwap(nums, p - i, p + j - i, i);
            j -= i;
        }
    }

    mSwap(nums, p - i, p, i);
}
int main() {
    vector<int> nums{1, 2, 3, 4, 5, 6, 7, 8, 9};
    vector<int> nums2 = nums;
    for (int n = 0; n < 10; ++n) {
        vector<int> nums1 = nums;
        vector<int> nums2 = nums;
        vector<int> nums3 = nums;
        cout << "n: " << n << endl;

        vector_rotate_withReverse(nums1, n);
        cout << "result1: ";
        inspect<vector<int>>(nums1);

        vector_rotate_withJuggling(nums2, n);
        cout << "result2: ";
        inspect<vector<int>>(nums2);

        vector_rotate_withGCD(nums3, n);
        cout << "result3: ";
        inspect<vector<int>>(nums3);

        if (nums1 != nums2) {
            cout << "incorrect rotation for n=" << n << "\n";
        }
    }
    return 0;
}
