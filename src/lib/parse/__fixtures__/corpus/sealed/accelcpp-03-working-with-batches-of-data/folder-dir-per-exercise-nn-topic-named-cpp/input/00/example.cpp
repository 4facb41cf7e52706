#include <algorithm>
#include <iomanip>
#include <iostream>
#include <string>
#include <vector>

int main()
{
	// prompt for the student's name and read it
	std::cout << "Please enter your first name: ";
	std::string name;
	std::cin >> name;
	std::cout << "Hello, " << name << "!" << std::endl;

	// prompt for the midterm and final grades and read them
	std::cout << "Please enter your midterm and final exam grades: ";
	double midterm_exam, final_exam; //Final is reserved as a keyword, hence the _exam suffix
	std::cin >> midterm_exam >> final_exam;

	// prompt for the homework grades and read them
	std::cout << "Enter your homework grades, "
		     "followed by end-of-file: ";

	std::vector<double> homework;
	double x;
	// invariant: homework holds every homework grade read up to now
	while(std::cin >> x)
	{
		homework.push_back(x);
	}

	// make sure at least one hw grade was typed in
	typedef std::vector<double>::size_type vec_sz;
	vec_sz size = homework.size();
	if(size == 0)
	{
		std::cout << std::endl << "You must enter your grades. Please try again." << std::endl;
		return 1;
	}

	// put the grades in order
	std::sort(homework.begin(),homework.end());
	
	// find the median hw grade
	vec_sz mid = size/2;
	double median;
	median = size % 2 == 0 ? (homework[mid] + homework[mid-1])/2 : homework[mid];

	// work out the final grade and print it
	std::streamsize prec = std::cout.precision();
	std::cout << "Your final grade is " << std::setprecision(3) << 0.2*midterm_exam + 0.4*final_exam + 0.4*median << std::setprecision(prec) << std::endl;

	return 0;
}
