#include <iostream>

// error: missing ) in parameter list for mai
int main()
{
    // error: used colon, not a semicolon, after endl
    std::cout << "Read each file." << std::endl;
    // error: missing quotes around string literal
    std::cout << "Update master." << std::endl;
    // error: second output operator is missing
    std::cout << "Write new master." << std::endl;

    // error: missing ; on return statement
    return 0;
}