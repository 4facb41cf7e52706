#include <iostream>
#include <iomanip>
#include <ios>
#include <string>

int main()
{
	// prompt for the student's name and read it
	std::cout << "Please enter your first name: ";
	std::string name;
	std::cin >> name;
	std::cout << "Hello, " << name << "!" << std::endl;

	// prompt for the midterm and final grades and read them
	std::cout << "Please enter your midterm and final exam grades: ";
	double midterm_exam, final_exam;
	std::cin >> midterm_exam >> final_exam;

	// prompt for the homework grades
	std::cout << "Enter all your homework grades, followed by end-of-file: ";

	// how many grades were read so far, and their total
	int count = 0;
	double sum = 0;

	// variable that receives each value read
	double x;

	// invariant:
	// count grades have been read up to now, and sum is the total of those count grades
	while(std::cin >> x)
	{
		++count;
		sum += x;
	}

	if(count == 0)
	{
		std::cout << "Error, no grades read!" << std::endl;
		return 1;
	}

	// print the result
	std::streamsize prec = std::cout.precision();
	std::cout << "Your final grade is " << std::setprecision(3) << 0.2*midterm_exam + 0.4*final_exam + 0.4*sum/count << std::setprecision(prec) << std::endl;

	return 0;
}
