#include <iostream>

int main() {
    for (int val = 10; val >= 0; --val) {
        std::cout << val << std::endl;
    }

    return 0;
}
