#include "std_lib_facilities.h"

int main(){
	double val1, val2;
	cin >> val1 >> val2;

	if(val1 > val2){
		cout << "大きい方: " << val1 << endl;
		cout << "小さい方: " << val2 << endl;
	} 
	else{
		cout << "大きい方: " << val2 << endl;
		cout << "小さい方: " << val1 << endl;
	}

	cout << "足し算: " << val1 + val2 << endl;
	cout << "引き算: " << val1 - val2 << endl;
	cout << "掛け算: " << val1 * val2 << endl;
	cout << "割り算: " << val1 / val2 << endl;
}