/*************************************************************************
    > File Name: 2_64.cpp
    > Author: Amano Sei
    > Mail: author@example.com 
    > Created Time: 2019年08月27日 星期二 20时46分48秒
 ************************************************************************/

#include <cstdio>
#include <iostream>
#include <cstring>
#include <algorithm>
using namespace std;

int any_odd_one(unsigned x){
    return !!(x&0x55555555);
}

int main(){
	return 0;
}

