#include "../text_lib/std_lib_facilities.h"

int main()
{
    string s = "Goodbye, cruel world!";
    cout << s << '\n';
}
