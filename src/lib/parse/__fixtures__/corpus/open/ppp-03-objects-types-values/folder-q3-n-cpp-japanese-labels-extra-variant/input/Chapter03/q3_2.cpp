#include "std_lib_facilities.h"

int main(){
	double distance;

	cout << "マイル単位の距離を入れてください。" << endl;
	cin >> distance;
	cout << distance << "[mile] = " << distance * 1.690 << "[km]" << endl;
}