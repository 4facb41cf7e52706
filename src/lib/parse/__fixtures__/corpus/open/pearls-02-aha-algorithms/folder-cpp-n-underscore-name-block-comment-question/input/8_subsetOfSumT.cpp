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
With n reals, a target t and a count k, how fast can we
tell whether k of the numbers can be picked whose total
does not exceed t?

what the book's answer says, in short:
The key observation: such a choice
exists exactly when the k smallest numbers
themselves add up to at most t.
Sorting finds those k in n log n time,
and a selection routine finds them in
linear time.
Ullman gave it to a class and
the students came up with those two bounds
and also O(n log k), O(nk), O(n2) and O(n^k) methods.
What obvious algorithms have those running times?
*/

// n log(n) version
bool subsetOfSumT1(
    vector<int>& nums,
    const int& k,
    const int& t) {  // true when some k of the numbers
    // add up to t or less
    if (k > nums.size()) {
        return false;
    }
    // as the hint says: if any k-subset works,
    // then the one made of
    // the first k entries of the sorted nums works too,
    // because nothing in the array is smaller than them;
    // if even they total more than t, then no
    // other choice of k numbers can stay under t
    sort(nums.begin(), nums.end());
    return (accumulate(nums.begin(), nums.begin() + k, 0) <= t);
}

// n^k version

void subsetOfSumT2_helper(vector<int>& nums,
                          const int& i,
                          const int& s,
                          const int& count,
                          const int& k,
                          vector<int>& sums) {
    if (count == k) {
        sums.push_back(s);
        return;
    } else if (i == nums.size()) {
        return;
    }
    subsetOfSumT2_helper(nums, i + 1, s + nums[i], count + 1, k, sums);
    subsetOfSumT2_helper(nums, i + 1, s, count, k, sums);
}

bool subsetOfSumT2(vector<int>& nums,
                   const int& k,
                   const int& t) {  // exhaustive
    // go through every k-element choice from nums
    if (k > nums.size()) {
        return false;
    }

    vector<int> sums;
    subsetOfSumT2_helper(nums, 0, 0, 0, k, sums);
    for (auto& s : sums) {
        if (s <= t) {
            return true;
        }
    }
    return false;
}

// n log k version
// a variant of the n log(n) idea:
// rather than sorting the whole array
// only the k smallest are located and ordered

// nk version
// cost nk suggests passing over all
// n numbers k separate times; so what would each
// pass be looking for?
// it would pick out, as above, one of the
// k smallest numbers per linear scan

// n^2 version
// maybe there are other ways to land on this bound,
// but swapping a quadratic sort such as bubble sort in for quicksort or
// mergesort in the first version already gives an n^2 method

int main() {
    vector<int> nums{1, 2, 0, 4};
    cout << subsetOfSumT1(nums, 3, 2) << '\n';
    cout << subsetOfSumT2(nums, 3, 2) << '\n';

    return 0;
}
