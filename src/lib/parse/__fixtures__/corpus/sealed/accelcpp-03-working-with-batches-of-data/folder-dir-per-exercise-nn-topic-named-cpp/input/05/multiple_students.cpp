#include <algorithm>
#include <iomanip>
#include <iostream>
#include <string>
#include <vector>

int main()
{
	// prompt for the student's name and read it
	std::cout << "Please enter a student name: ";
	std::string name;
	std::vector<std::string> names;
	std::vector<double> final_grades;
	const int num_homeworks = 4;
	while(std::cin >> name)
	{
		names.push_back(name);
		// prompt for the midterm and final grades and read them
		std::cout << "Please enter the midterm and final exam and the " << num_homeworks << " homework grades for each student: ";
		double midterm_exam, final_exam, hw; //Final is reserved as a keyword, hence the _exam suffix
		std::vector<double> homeworks;
		std::cin >> midterm_exam >> final_exam;

		for(int i=0; i<num_homeworks; i++)
		{
			std::cin >> hw;
			homeworks.push_back(hw);
		}
		
		// put the grades in order
		std::sort(homeworks.begin(),homeworks.end());
		
		// find the median hw grade
		unsigned mid = num_homeworks/2;
		double median;
		median = num_homeworks % 2 == 0 ? (homeworks[mid] + homeworks[mid-1])/2 : homeworks[mid];
		double final_grade = 0.2*midterm_exam + 0.4*final_exam + 0.4*median;
		final_grades.push_back(final_grade);
		std::cout << "Enter another student's name if desired: ";
	}


	// work out the final grade and print it
	std::streamsize prec = std::cout.precision();
	std::cout <<  std::setprecision(3) << std::endl;
	for(unsigned i=0; i<names.size(); i++)
	{
		std::cout << "Final grade for " << names[i] << ": " << final_grades[i] << std::endl;
	}
	std::cout << std::setprecision(prec);

	return 0;
}
