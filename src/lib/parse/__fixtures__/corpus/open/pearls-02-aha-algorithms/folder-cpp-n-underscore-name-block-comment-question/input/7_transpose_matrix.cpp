#include <math.h>
#include <algorithm>
#include <bitset>
#include <chrono>
#include <fstream>
#include <iomanip>
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
Around 1960 or so,
a colleague of Vic Vyssotsky needed to flip
a 4000 x 4000 matrix kept on magnetic tape
(records all of one layout, a few dozen bytes each).
The first plan would have needed
roughly fifty hours of machine time; what did Vyssotsky
do to get it down to about thirty minutes?
*/

void matrix_show(const vector<int>& tape,
                 const int& n_row) {  // print a matrix stored as one flat vector as rows
    if (tape.size() % n_row != 0) {
        cout << "Can't display. Wrong row number\n";
    }

    int n_col = tape.size() / n_row;
    for (int i = 0; i < n_row; ++i) {
        int base = n_col * i;
        for (int j = 0; j < n_col; ++j) {
            cout << setw(4) << left << tape[base + j] << ' ';
        }
        cout << '\n';
    }
}

void transpose(
    vector<int>& matrix_tape,
    const int& n_row) {  // transpose a matrix laid out on a one-dimensional tape
    if (matrix_tape.size() % n_row != 0) {
        cout << "Can't display. Wrong row number\n";
    }

    int n_col = matrix_tape.size() / n_row;
    // tag each entry with its row and column index
    // this builds "marked_matrix_tape", which
    // is already in increasing row order
    vector<pair<int, pair<int, int>>> marked_matrix_tape;
    for (int i = 0; i < n_row; ++i) {
        int base = n_col * i;
        for (int j = 0; j < n_col; ++j) {
            marked_matrix_tape.push_back({matrix_tape[base + j], {i, j}});
        }
    }

    // stable sort on the column index
    stable_sort(marked_matrix_tape.begin(), marked_matrix_tape.end(),
                [](const pair<int, pair<int, int>>& p1,
                   const pair<int, pair<int, int>>& p2) {
                    return p1.second.second < p2.second.second;
                });

    // drop the row/column tags and copy back onto the tape
    for (int i = 0; i < matrix_tape.size(); ++i) {
        matrix_tape[i] = marked_matrix_tape[i].first;
    }
}

int main() {
    int n_row = 4000;
    int n_entry_in_matrix = n_row * n_row;
    cout << "creating a matrix in tape\n";
    vector<int> matrix_tape;
    for (int i = 1; i <= n_entry_in_matrix; ++i) {
        matrix_tape.push_back(i);
    }

    // cout << "original matrix:\n";
    // matrix_show(matrix_tape, n_row);

    cout << "transposing...\n";
    transpose(matrix_tape, n_row);
    cout << "completed\n";
    // matrix_show(matrix_tape, n_row);
    return 0;
}
