/*************************************************************************
    > File Name: tbitag.cpp
    > Author: Amano Sei
    > Mail: author@example.com 
    > Created Time: 2019年09月05日 星期四 10时42分34秒
 ************************************************************************/

#include <cstdio>
#include <iostream>
#include <cstring>
#include <algorithm>
using namespace std;

int main(){
    int a = 0xffff0001;
    cout << a << endl;
    cout << (short)a << endl;
	return 0;
}

