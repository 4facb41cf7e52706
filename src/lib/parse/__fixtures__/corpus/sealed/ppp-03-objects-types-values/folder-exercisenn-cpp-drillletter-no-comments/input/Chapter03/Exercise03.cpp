#include "std_lib_facilities.h"

int main ()
{

	//int double = 0; //a type name cannot follow int, so nothing gets declared ahead of '='
	//double int = 0; //int cannot come after double either, double: nothing gets decalred ahead of '='
	return 0;
}