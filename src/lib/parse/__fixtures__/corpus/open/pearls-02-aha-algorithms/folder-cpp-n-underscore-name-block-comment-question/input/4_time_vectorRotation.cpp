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
All three rotation methods are linear, but readers argued
that juggling ought to beat reversal by about a factor
of two, since it touches every element once where
reversal touches each one twice. Time the three versions
on an actual computer and see; watch in particular how
the order of memory accesses (cache locality) changes
the picture.
*/

// the functions below are copied from problem 3
void vector_rotate_withReverse(vector<int>& nums, int n) {
    n %= nums.size();

    reverse(nums.begin(), nums.end());
    reverse(nums.begin(), nums.begin() + n);
    reverse(nums.begin() + n, nums.end());
}

void vector_rotate_withJuggling(vector<int>& nums, int n) {
    if (n == 0 or n == nums.size()) {
        return;
    }
    n %= nums.size();

    int swap_count = 0;
    int i = 0;
    while (swap_count < nums.size()) {
        int begin = i;
        int prev = nums[begin];
        do {
            i = i + n;

            if (i >= nums.size()) {
                i -= nums.size();
            }

            int temp = nums[i];

            nums[i] = prev;

            prev = temp;

            swap_count++;
        } while (i != begin);
        i++;
    }
}

int gcd(int a, int b) {
    while (a != b) {
        if (a > b) {
            a -= b;
        } else {
            b -= a;
        }
    }
    return a;
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

void mSwap(vector<int>& nums, const int& a, const int& b, const int& m) {
    for (int i = 0; i < m; ++i) {
        swap(nums[a + i], nums[b + i]);
    }
}

void vector_rotate_withGCD(vector<int>& nums,
                           const int& n) {  // also shifts the other way
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

// copied part from problem 3 ends here

int main() {
    const int kDataSize = 1000000;

    vector<int> vo;
    for (int i = 0; i < kDataSize; ++i) {
        vo.push_back(i);
    }
    vector<int> v;
    cout << "experimenting on a number array of size " << kDataSize << endl;
    for (int shift = 1; shift < kDataSize; shift *= 10) {
        cout << "shifting by " << shift << '\n';
        v = vo;
        auto t1 = chrono::high_resolution_clock::now();
        vector_rotate_withReverse(v, shift);
        auto t2 = chrono::high_resolution_clock::now() - t1;
        cout << "reverse method  : "
             << chrono::duration_cast<chrono::microseconds>(t2).count() << endl;
        v = vo;
        t1 = chrono::high_resolution_clock::now();
        vector_rotate_withJuggling(v, shift);
        t2 = chrono::high_resolution_clock::now() - t1;
        cout << "juggling method : "
             << chrono::duration_cast<chrono::microseconds>(t2).count() << endl;
        v = vo;
        t1 = chrono::high_resolution_clock::now();
        vector_rotate_withJuggling2(v, shift);
        t2 = chrono::high_resolution_clock::now() - t1;
        cout << "juggling method2: "
             << chrono::duration_cast<chrono::microseconds>(t2).count() << endl;
        v = vo;
        t1 = chrono::high_resolution_clock::now();
        vector_rotate_withGCD(v, shift);
        t2 = chrono::high_resolution_clock::now() - t1;
        cout << "mSwap method    : "
             << chrono::duration_cast<chrono::microseconds>(t2).count() << endl;
    }

    // //test
    // vector<int> to{1,2,3,4,5,6,7,8};

    // for(int i = 0; i < 10; ++i)
    // {
    // 	vector<int> t = to;
    // 	vector_rotate_withJuggling2(t, i);
    // 	vector_rotate_withJuggling(t, i);
    // 	inspect<vector<int>>(t);
    // }
    return 0;
}
