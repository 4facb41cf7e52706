/*************************************************************************
    > File Name: 2_42.cpp
    > Author: Amano Sei
    > Mail: author@example.com 
    > Created Time: 2019年08月26日 星期一 14时44分33秒
 ************************************************************************/

#include <cstdio>
#include <iostream>
#include <cstring>
#include <algorithm>
using namespace std;

int div16(int x){
    return (x+((x>>31)&0xf))>>4;
}

int main(){
	return 0;
}

