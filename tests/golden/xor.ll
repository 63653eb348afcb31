; ModuleID = 'xor.nn'
source_filename = "xor.nn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.nnrt_tensor = type { ptr, i32, [2 x i32], i64, i8, i8, i32, i32, i32 }
%struct.nnrt_model_desc = type { ptr, i64, i64, i64, i64, ptr, i64, i64, i32, i32, double, i32, i64, ptr, ptr, ptr, ptr }

@.str = private unnamed_addr constant [4 x i8] c"xor\00", align 1
@.str.5 = private unnamed_addr constant [11 x i8] c"train.step\00", align 1
@.str.6 = private unnamed_addr constant [23 x i8] c"train.h.weight.exp_avg\00", align 1
@.str.7 = private unnamed_addr constant [26 x i8] c"train.h.weight.exp_avg_sq\00", align 1
@.str.8 = private unnamed_addr constant [21 x i8] c"train.h.bias.exp_avg\00", align 1
@.str.9 = private unnamed_addr constant [24 x i8] c"train.h.bias.exp_avg_sq\00", align 1
@.str.10 = private unnamed_addr constant [23 x i8] c"train.y.weight.exp_avg\00", align 1
@.str.11 = private unnamed_addr constant [26 x i8] c"train.y.weight.exp_avg_sq\00", align 1
@.str.12 = private unnamed_addr constant [21 x i8] c"train.y.bias.exp_avg\00", align 1
@.str.13 = private unnamed_addr constant [24 x i8] c"train.y.bias.exp_avg_sq\00", align 1
@.str.14 = private unnamed_addr constant [9 x i8] c"h.weight\00", align 1
@.str.15 = private unnamed_addr constant [7 x i8] c"h.bias\00", align 1
@.str.16 = private unnamed_addr constant [9 x i8] c"y.weight\00", align 1
@.str.17 = private unnamed_addr constant [7 x i8] c"y.bias\00", align 1
@xor_tensors = internal constant [17 x %struct.nnrt_tensor] [%struct.nnrt_tensor { ptr @.str.14, i32 2, [2 x i32] [i32 8, i32 2], i64 0, i8 0, i8 2, i32 2, i32 8, i32 13 }, %struct.nnrt_tensor { ptr @.str.15, i32 1, [2 x i32] [i32 8, i32 0], i64 16, i8 0, i8 0, i32 2, i32 8, i32 14 }, %struct.nnrt_tensor { ptr @.str.16, i32 2, [2 x i32] [i32 1, i32 8], i64 32, i8 0, i8 2, i32 8, i32 1, i32 15 }, %struct.nnrt_tensor { ptr @.str.17, i32 1, [2 x i32] [i32 1, i32 0], i64 48, i8 0, i8 0, i32 8, i32 1, i32 16 }, %struct.nnrt_tensor { ptr @.str.5, i32 0, [2 x i32] zeroinitializer, i64 64, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.6, i32 2, [2 x i32] [i32 8, i32 2], i64 80, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.7, i32 2, [2 x i32] [i32 8, i32 2], i64 96, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.8, i32 1, [2 x i32] [i32 8, i32 0], i64 112, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.9, i32 1, [2 x i32] [i32 8, i32 0], i64 128, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.10, i32 2, [2 x i32] [i32 1, i32 8], i64 144, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.11, i32 2, [2 x i32] [i32 1, i32 8], i64 160, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.12, i32 1, [2 x i32] [i32 1, i32 0], i64 176, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.13, i32 1, [2 x i32] [i32 1, i32 0], i64 192, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.14, i32 2, [2 x i32] [i32 8, i32 2], i64 208, i8 2, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.15, i32 1, [2 x i32] [i32 8, i32 0], i64 224, i8 2, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.16, i32 2, [2 x i32] [i32 1, i32 8], i64 240, i8 2, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.17, i32 1, [2 x i32] [i32 1, i32 0], i64 256, i8 2, i8 0, i32 0, i32 0, i32 -1 }]
@xor_desc = internal constant %struct.nnrt_model_desc { ptr @.str, i64 2, i64 1, i64 4, i64 400, ptr @xor_tensors, i64 17, i64 33, i32 3, i32 500, double 0.000000e+00, i32 0, i64 1, ptr null, ptr @xor_forward, ptr @xor_train_step, ptr @xor_eval_batch }

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal void @xor_forward(ptr align 64 %ws, ptr nocapture readonly %x, ptr nocapture writeonly %y, i64 %n) #0 {
entry:
  %ws413 = ptrtoint ptr %ws to i64
  %y412 = ptrtoint ptr %y to i64
  %h_bias = getelementptr inbounds i8, ptr %ws, i64 64
  %y_weight = getelementptr inbounds i8, ptr %ws, i64 128
  %y_bias = getelementptr inbounds i8, ptr %ws, i64 192
  %h = getelementptr inbounds i8, ptr %ws, i64 1088
  %y_pre = getelementptr inbounds i8, ptr %ws, i64 1216
  %0 = and i64 %n, -4
  %.not = icmp eq i64 %0, 0
  br i1 %.not, label %j0.end, label %i0.cond.preheader.us

i0.cond.preheader.us:                             ; preds = %entry, %i0.cond.i0.end_crit_edge.us
  %1 = phi i1 [ false, %i0.cond.i0.end_crit_edge.us ], [ true, %entry ]
  %j0.0312.us = phi i64 [ 4, %i0.cond.i0.end_crit_edge.us ], [ 0, %entry ]
  %2 = shl nuw nsw i64 %j0.0312.us, 1
  %3 = getelementptr inbounds float, ptr %h_bias, i64 %j0.0312.us
  br label %k.cond.preheader.us

k.end.us:                                         ; preds = %k.body.us
  %4 = shl nuw nsw i64 %i0.0311.us, 3
  %5 = or disjoint i64 %4, %j0.0312.us
  %6 = getelementptr inbounds float, ptr %h, i64 %5
  %7 = load <4 x float>, ptr %3, align 16
  %8 = fadd <4 x float> %137, %7
  %9 = fcmp olt <4 x float> %8, <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>
  %10 = select <4 x i1> %9, <4 x float> <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>, <4 x float> %8
  %11 = fcmp ogt <4 x float> %8, <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>
  %12 = select <4 x i1> %11, <4 x float> <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>, <4 x float> %10
  %13 = fmul <4 x float> %12, %12
  %14 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %13, <4 x float> <float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000>, <4 x float> <float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000>)
  %15 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %14, <4 x float> %13, <4 x float> <float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000>)
  %16 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %15, <4 x float> %13, <4 x float> <float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000>)
  %17 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %16, <4 x float> %13, <4 x float> <float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000>)
  %18 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %17, <4 x float> %13, <4 x float> <float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000>)
  %19 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %18, <4 x float> %13, <4 x float> <float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000>)
  %20 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %13, <4 x float> <float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000>, <4 x float> <float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000>)
  %21 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %20, <4 x float> %13, <4 x float> <float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000>)
  %22 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %21, <4 x float> %13, <4 x float> <float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000>)
  %23 = fmul <4 x float> %12, %19
  %24 = fdiv <4 x float> %23, %22
  %25 = tail call <4 x float> @llvm.fabs.v4f32(<4 x float> %8)
  %26 = fcmp olt <4 x float> %25, <float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000>
  %27 = select <4 x i1> %26, <4 x float> %8, <4 x float> %24
  store <4 x float> %27, ptr %6, align 16
  %28 = or disjoint i64 %4, %j0.0312.us
  %29 = or disjoint i64 %28, 8
  %30 = getelementptr inbounds float, ptr %h, i64 %29
  %31 = load <4 x float>, ptr %3, align 16
  %32 = fadd <4 x float> %140, %31
  %33 = fcmp olt <4 x float> %32, <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>
  %34 = select <4 x i1> %33, <4 x float> <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>, <4 x float> %32
  %35 = fcmp ogt <4 x float> %32, <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>
  %36 = select <4 x i1> %35, <4 x float> <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>, <4 x float> %34
  %37 = fmul <4 x float> %36, %36
  %38 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %37, <4 x float> <float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000>, <4 x float> <float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000>)
  %39 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %38, <4 x float> %37, <4 x float> <float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000>)
  %40 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %39, <4 x float> %37, <4 x float> <float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000>)
  %41 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %40, <4 x float> %37, <4 x float> <float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000>)
  %42 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %41, <4 x float> %37, <4 x float> <float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000>)
  %43 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %42, <4 x float> %37, <4 x float> <float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000>)
  %44 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %37, <4 x float> <float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000>, <4 x float> <float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000>)
  %45 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %44, <4 x float> %37, <4 x float> <float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000>)
  %46 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %45, <4 x float> %37, <4 x float> <float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000>)
  %47 = fmul <4 x float> %36, %43
  %48 = fdiv <4 x float> %47, %46
  %49 = tail call <4 x float> @llvm.fabs.v4f32(<4 x float> %32)
  %50 = fcmp olt <4 x float> %49, <float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000>
  %51 = select <4 x i1> %50, <4 x float> %32, <4 x float> %48
  store <4 x float> %51, ptr %30, align 16
  %52 = or disjoint i64 %4, %j0.0312.us
  %53 = or disjoint i64 %52, 16
  %54 = getelementptr inbounds float, ptr %h, i64 %53
  %55 = load <4 x float>, ptr %3, align 16
  %56 = fadd <4 x float> %143, %55
  %57 = fcmp olt <4 x float> %56, <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>
  %58 = select <4 x i1> %57, <4 x float> <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>, <4 x float> %56
  %59 = fcmp ogt <4 x float> %56, <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>
  %60 = select <4 x i1> %59, <4 x float> <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>, <4 x float> %58
  %61 = fmul <4 x float> %60, %60
  %62 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %61, <4 x float> <float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000>, <4 x float> <float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000>)
  %63 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %62, <4 x float> %61, <4 x float> <float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000>)
  %64 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %63, <4 x float> %61, <4 x float> <float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000>)
  %65 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %64, <4 x float> %61, <4 x float> <float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000>)
  %66 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %65, <4 x float> %61, <4 x float> <float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000>)
  %67 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %66, <4 x float> %61, <4 x float> <float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000>)
  %68 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %61, <4 x float> <float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000>, <4 x float> <float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000>)
  %69 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %68, <4 x float> %61, <4 x float> <float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000>)
  %70 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %69, <4 x float> %61, <4 x float> <float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000>)
  %71 = fmul <4 x float> %60, %67
  %72 = fdiv <4 x float> %71, %70
  %73 = tail call <4 x float> @llvm.fabs.v4f32(<4 x float> %56)
  %74 = fcmp olt <4 x float> %73, <float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000>
  %75 = select <4 x i1> %74, <4 x float> %56, <4 x float> %72
  store <4 x float> %75, ptr %54, align 16
  %76 = or disjoint i64 %4, %j0.0312.us
  %77 = or disjoint i64 %76, 24
  %78 = getelementptr inbounds float, ptr %h, i64 %77
  %79 = load <4 x float>, ptr %3, align 16
  %80 = fadd <4 x float> %146, %79
  %81 = fcmp olt <4 x float> %80, <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>
  %82 = select <4 x i1> %81, <4 x float> <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>, <4 x float> %80
  %83 = fcmp ogt <4 x float> %80, <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>
  %84 = select <4 x i1> %83, <4 x float> <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>, <4 x float> %82
  %85 = fmul <4 x float> %84, %84
  %86 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %85, <4 x float> <float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000>, <4 x float> <float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000>)
  %87 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %86, <4 x float> %85, <4 x float> <float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000>)
  %88 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %87, <4 x float> %85, <4 x float> <float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000>)
  %89 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %88, <4 x float> %85, <4 x float> <float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000>)
  %90 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %89, <4 x float> %85, <4 x float> <float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000>)
  %91 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %90, <4 x float> %85, <4 x float> <float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000>)
  %92 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %85, <4 x float> <float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000>, <4 x float> <float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000>)
  %93 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %92, <4 x float> %85, <4 x float> <float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000>)
  %94 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %93, <4 x float> %85, <4 x float> <float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000>)
  %95 = fmul <4 x float> %84, %91
  %96 = fdiv <4 x float> %95, %94
  %97 = tail call <4 x float> @llvm.fabs.v4f32(<4 x float> %80)
  %98 = fcmp olt <4 x float> %97, <float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000>
  %99 = select <4 x i1> %98, <4 x float> %80, <4 x float> %96
  store <4 x float> %99, ptr %78, align 16
  %100 = add nuw nsw i64 %i0.0311.us, 4
  %101 = icmp ult i64 %100, %0
  br i1 %101, label %k.cond.preheader.us, label %i0.cond.i0.end_crit_edge.us

k.body.us:                                        ; preds = %k.cond.preheader.us, %k.body.us
  %102 = phi i1 [ true, %k.cond.preheader.us ], [ false, %k.body.us ]
  %k.0302.us = phi i64 [ 0, %k.cond.preheader.us ], [ 1, %k.body.us ]
  %103 = phi <4 x float> [ zeroinitializer, %k.cond.preheader.us ], [ %137, %k.body.us ]
  %104 = phi <4 x float> [ zeroinitializer, %k.cond.preheader.us ], [ %140, %k.body.us ]
  %105 = phi <4 x float> [ zeroinitializer, %k.cond.preheader.us ], [ %143, %k.body.us ]
  %106 = phi <4 x float> [ zeroinitializer, %k.cond.preheader.us ], [ %146, %k.body.us ]
  %107 = or disjoint i64 %k.0302.us, %147
  %108 = getelementptr inbounds float, ptr %x, i64 %107
  %109 = load float, ptr %108, align 4
  %110 = or disjoint i64 %107, 2
  %111 = getelementptr inbounds float, ptr %x, i64 %110
  %112 = load float, ptr %111, align 4
  %113 = or disjoint i64 %107, 4
  %114 = getelementptr inbounds float, ptr %x, i64 %113
  %115 = load float, ptr %114, align 4
  %116 = or disjoint i64 %107, 6
  %117 = getelementptr inbounds float, ptr %x, i64 %116
  %118 = load float, ptr %117, align 4
  %119 = or disjoint i64 %k.0302.us, %2
  %120 = getelementptr inbounds float, ptr %ws, i64 %119
  %121 = load float, ptr %120, align 4
  %122 = or disjoint i64 %119, 2
  %123 = getelementptr inbounds float, ptr %ws, i64 %122
  %124 = load float, ptr %123, align 4
  %125 = or disjoint i64 %119, 4
  %126 = getelementptr inbounds float, ptr %ws, i64 %125
  %127 = load float, ptr %126, align 4
  %128 = or disjoint i64 %119, 6
  %129 = getelementptr inbounds float, ptr %ws, i64 %128
  %130 = load float, ptr %129, align 4
  %131 = insertelement <4 x float> poison, float %109, i64 0
  %132 = shufflevector <4 x float> %131, <4 x float> poison, <4 x i32> zeroinitializer
  %133 = insertelement <4 x float> poison, float %121, i64 0
  %134 = insertelement <4 x float> %133, float %124, i64 1
  %135 = insertelement <4 x float> %134, float %127, i64 2
  %136 = insertelement <4 x float> %135, float %130, i64 3
  %137 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %132, <4 x float> %136, <4 x float> %103)
  %138 = insertelement <4 x float> poison, float %112, i64 0
  %139 = shufflevector <4 x float> %138, <4 x float> poison, <4 x i32> zeroinitializer
  %140 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %139, <4 x float> %136, <4 x float> %104)
  %141 = insertelement <4 x float> poison, float %115, i64 0
  %142 = shufflevector <4 x float> %141, <4 x float> poison, <4 x i32> zeroinitializer
  %143 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %142, <4 x float> %136, <4 x float> %105)
  %144 = insertelement <4 x float> poison, float %118, i64 0
  %145 = shufflevector <4 x float> %144, <4 x float> poison, <4 x i32> zeroinitializer
  %146 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %145, <4 x float> %136, <4 x float> %106)
  br i1 %102, label %k.body.us, label %k.end.us

k.cond.preheader.us:                              ; preds = %i0.cond.preheader.us, %k.end.us
  %i0.0311.us = phi i64 [ 0, %i0.cond.preheader.us ], [ %100, %k.end.us ]
  %147 = shl nuw nsw i64 %i0.0311.us, 1
  br label %k.body.us

i0.cond.i0.end_crit_edge.us:                      ; preds = %k.end.us
  br i1 %1, label %i0.cond.preheader.us, label %j0.end

j0.end:                                           ; preds = %i0.cond.i0.end_crit_edge.us, %entry
  %.not330 = icmp eq i64 %0, %n
  br i1 %.not330, label %i0.cond24.preheader, label %j0.cond6.preheader

j0.cond6.preheader:                               ; preds = %j0.end, %j0.end9
  %i.0319 = phi i64 [ %151, %j0.end9 ], [ %0, %j0.end ]
  %148 = shl nsw i64 %i.0319, 3
  %invariant.gep = getelementptr i8, ptr %x, i64 %148
  br label %k.cond16.preheader

i0.cond24.preheader:                              ; preds = %j0.end9, %j0.end
  br i1 %.not, label %i.cond44.preheader, label %k.cond34.preheader

k.cond16.preheader:                               ; preds = %j0.cond6.preheader, %k.end19
  %149 = phi i1 [ true, %j0.cond6.preheader ], [ false, %k.end19 ]
  %j05.0318 = phi i64 [ 0, %j0.cond6.preheader ], [ 4, %k.end19 ]
  %150 = shl nuw nsw i64 %j05.0318, 1
  br label %k.body17

j0.end9:                                          ; preds = %k.end19
  %151 = add nuw nsw i64 %i.0319, 1
  %152 = icmp ult i64 %151, %n
  br i1 %152, label %j0.cond6.preheader, label %i0.cond24.preheader

k.body17:                                         ; preds = %k.cond16.preheader, %k.body17
  %153 = phi i1 [ true, %k.cond16.preheader ], [ false, %k.body17 ]
  %k15.0317 = phi i64 [ 0, %k.cond16.preheader ], [ 1, %k.body17 ]
  %s0_314.0316 = phi float [ 0.000000e+00, %k.cond16.preheader ], [ %170, %k.body17 ]
  %s0_213.0315 = phi float [ 0.000000e+00, %k.cond16.preheader ], [ %166, %k.body17 ]
  %s0_112.0314 = phi float [ 0.000000e+00, %k.cond16.preheader ], [ %162, %k.body17 ]
  %s0_011.0313 = phi float [ 0.000000e+00, %k.cond16.preheader ], [ %158, %k.body17 ]
  %gep = getelementptr float, ptr %invariant.gep, i64 %k15.0317
  %154 = load float, ptr %gep, align 4
  %155 = or disjoint i64 %k15.0317, %150
  %156 = getelementptr inbounds float, ptr %ws, i64 %155
  %157 = load float, ptr %156, align 4
  %158 = tail call float @llvm.fmuladd.f32(float %154, float %157, float %s0_011.0313)
  %159 = or disjoint i64 %155, 2
  %160 = getelementptr inbounds float, ptr %ws, i64 %159
  %161 = load float, ptr %160, align 4
  %162 = tail call float @llvm.fmuladd.f32(float %154, float %161, float %s0_112.0314)
  %163 = or disjoint i64 %155, 4
  %164 = getelementptr inbounds float, ptr %ws, i64 %163
  %165 = load float, ptr %164, align 4
  %166 = tail call float @llvm.fmuladd.f32(float %154, float %165, float %s0_213.0315)
  %167 = or disjoint i64 %155, 6
  %168 = getelementptr inbounds float, ptr %ws, i64 %167
  %169 = load float, ptr %168, align 4
  %170 = tail call float @llvm.fmuladd.f32(float %154, float %169, float %s0_314.0316)
  br i1 %153, label %k.body17, label %k.end19

k.end19:                                          ; preds = %k.body17
  %171 = getelementptr inbounds float, ptr %h_bias, i64 %j05.0318
  %172 = load float, ptr %171, align 16
  %173 = fadd float %158, %172
  %174 = or disjoint i64 %j05.0318, %148
  %175 = getelementptr inbounds float, ptr %h, i64 %174
  %176 = fcmp olt float %173, 0xC01FFEC880000000
  %177 = select i1 %176, float 0xC01FFEC880000000, float %173
  %178 = fcmp ogt float %173, 0x401FFEC880000000
  %179 = select i1 %178, float 0x401FFEC880000000, float %177
  %180 = fmul float %179, %179
  %181 = tail call float @llvm.fmuladd.f32(float %180, float 0xBCB3E4B800000000, float 0x3D4C266FC0000000)
  %182 = tail call float @llvm.fmuladd.f32(float %181, float %180, float 0xBDD7A6FFE0000000)
  %183 = tail call float @llvm.fmuladd.f32(float %182, float %180, float 0x3E6B800820000000)
  %184 = tail call float @llvm.fmuladd.f32(float %183, float %180, float 0x3EEF286940000000)
  %185 = tail call float @llvm.fmuladd.f32(float %184, float %180, float 0x3F44E1BDA0000000)
  %186 = tail call float @llvm.fmuladd.f32(float %185, float %180, float 0x3F740B3B80000000)
  %187 = tail call float @llvm.fmuladd.f32(float %180, float 0x3EB41A7B00000000, float 0x3F1F12BAC0000000)
  %188 = tail call float @llvm.fmuladd.f32(float %187, float %180, float 0x3F629540A0000000)
  %189 = tail call float @llvm.fmuladd.f32(float %188, float %180, float 0x3F740B3BA0000000)
  %190 = fmul float %179, %186
  %191 = fdiv float %190, %189
  %192 = tail call float @llvm.fabs.f32(float %173)
  %193 = fcmp olt float %192, 0x3F3A36E2E0000000
  %194 = select i1 %193, float %173, float %191
  store float %194, ptr %175, align 16
  %195 = or disjoint i64 %j05.0318, 1
  %196 = getelementptr inbounds float, ptr %h_bias, i64 %195
  %197 = load float, ptr %196, align 4
  %198 = fadd float %162, %197
  %199 = or disjoint i64 %195, %148
  %200 = getelementptr inbounds float, ptr %h, i64 %199
  %201 = fcmp olt float %198, 0xC01FFEC880000000
  %202 = select i1 %201, float 0xC01FFEC880000000, float %198
  %203 = fcmp ogt float %198, 0x401FFEC880000000
  %204 = select i1 %203, float 0x401FFEC880000000, float %202
  %205 = fmul float %204, %204
  %206 = tail call float @llvm.fmuladd.f32(float %205, float 0xBCB3E4B800000000, float 0x3D4C266FC0000000)
  %207 = tail call float @llvm.fmuladd.f32(float %206, float %205, float 0xBDD7A6FFE0000000)
  %208 = tail call float @llvm.fmuladd.f32(float %207, float %205, float 0x3E6B800820000000)
  %209 = tail call float @llvm.fmuladd.f32(float %208, float %205, float 0x3EEF286940000000)
  %210 = tail call float @llvm.fmuladd.f32(float %209, float %205, float 0x3F44E1BDA0000000)
  %211 = tail call float @llvm.fmuladd.f32(float %210, float %205, float 0x3F740B3B80000000)
  %212 = tail call float @llvm.fmuladd.f32(float %205, float 0x3EB41A7B00000000, float 0x3F1F12BAC0000000)
  %213 = tail call float @llvm.fmuladd.f32(float %212, float %205, float 0x3F629540A0000000)
  %214 = tail call float @llvm.fmuladd.f32(float %213, float %205, float 0x3F740B3BA0000000)
  %215 = fmul float %204, %211
  %216 = fdiv float %215, %214
  %217 = tail call float @llvm.fabs.f32(float %198)
  %218 = fcmp olt float %217, 0x3F3A36E2E0000000
  %219 = select i1 %218, float %198, float %216
  store float %219, ptr %200, align 4
  %220 = or disjoint i64 %j05.0318, 2
  %221 = getelementptr inbounds float, ptr %h_bias, i64 %220
  %222 = load float, ptr %221, align 8
  %223 = fadd float %166, %222
  %224 = or disjoint i64 %220, %148
  %225 = getelementptr inbounds float, ptr %h, i64 %224
  %226 = fcmp olt float %223, 0xC01FFEC880000000
  %227 = select i1 %226, float 0xC01FFEC880000000, float %223
  %228 = fcmp ogt float %223, 0x401FFEC880000000
  %229 = select i1 %228, float 0x401FFEC880000000, float %227
  %230 = fmul float %229, %229
  %231 = tail call float @llvm.fmuladd.f32(float %230, float 0xBCB3E4B800000000, float 0x3D4C266FC0000000)
  %232 = tail call float @llvm.fmuladd.f32(float %231, float %230, float 0xBDD7A6FFE0000000)
  %233 = tail call float @llvm.fmuladd.f32(float %232, float %230, float 0x3E6B800820000000)
  %234 = tail call float @llvm.fmuladd.f32(float %233, float %230, float 0x3EEF286940000000)
  %235 = tail call float @llvm.fmuladd.f32(float %234, float %230, float 0x3F44E1BDA0000000)
  %236 = tail call float @llvm.fmuladd.f32(float %235, float %230, float 0x3F740B3B80000000)
  %237 = tail call float @llvm.fmuladd.f32(float %230, float 0x3EB41A7B00000000, float 0x3F1F12BAC0000000)
  %238 = tail call float @llvm.fmuladd.f32(float %237, float %230, float 0x3F629540A0000000)
  %239 = tail call float @llvm.fmuladd.f32(float %238, float %230, float 0x3F740B3BA0000000)
  %240 = fmul float %229, %236
  %241 = fdiv float %240, %239
  %242 = tail call float @llvm.fabs.f32(float %223)
  %243 = fcmp olt float %242, 0x3F3A36E2E0000000
  %244 = select i1 %243, float %223, float %241
  store float %244, ptr %225, align 8
  %245 = or disjoint i64 %j05.0318, 3
  %246 = getelementptr inbounds float, ptr %h_bias, i64 %245
  %247 = load float, ptr %246, align 4
  %248 = fadd float %170, %247
  %249 = or disjoint i64 %245, %148
  %250 = getelementptr inbounds float, ptr %h, i64 %249
  %251 = fcmp olt float %248, 0xC01FFEC880000000
  %252 = select i1 %251, float 0xC01FFEC880000000, float %248
  %253 = fcmp ogt float %248, 0x401FFEC880000000
  %254 = select i1 %253, float 0x401FFEC880000000, float %252
  %255 = fmul float %254, %254
  %256 = tail call float @llvm.fmuladd.f32(float %255, float 0xBCB3E4B800000000, float 0x3D4C266FC0000000)
  %257 = tail call float @llvm.fmuladd.f32(float %256, float %255, float 0xBDD7A6FFE0000000)
  %258 = tail call float @llvm.fmuladd.f32(float %257, float %255, float 0x3E6B800820000000)
  %259 = tail call float @llvm.fmuladd.f32(float %258, float %255, float 0x3EEF286940000000)
  %260 = tail call float @llvm.fmuladd.f32(float %259, float %255, float 0x3F44E1BDA0000000)
  %261 = tail call float @llvm.fmuladd.f32(float %260, float %255, float 0x3F740B3B80000000)
  %262 = tail call float @llvm.fmuladd.f32(float %255, float 0x3EB41A7B00000000, float 0x3F1F12BAC0000000)
  %263 = tail call float @llvm.fmuladd.f32(float %262, float %255, float 0x3F629540A0000000)
  %264 = tail call float @llvm.fmuladd.f32(float %263, float %255, float 0x3F740B3BA0000000)
  %265 = fmul float %254, %261
  %266 = fdiv float %265, %264
  %267 = tail call float @llvm.fabs.f32(float %248)
  %268 = fcmp olt float %267, 0x3F3A36E2E0000000
  %269 = select i1 %268, float %248, float %266
  store float %269, ptr %250, align 4
  br i1 %149, label %k.cond16.preheader, label %j0.end9

k.cond34.preheader:                               ; preds = %i0.cond24.preheader, %k.end37
  %i023.0325 = phi i64 [ %304, %k.end37 ], [ 0, %i0.cond24.preheader ]
  %270 = shl nuw nsw i64 %i023.0325, 3
  br label %k.body35

i.cond44.preheader:                               ; preds = %k.end37, %i0.cond24.preheader
  br i1 %.not330, label %i.cond64.preheader, label %k.cond57.preheader

k.body35:                                         ; preds = %k.cond34.preheader, %k.body35
  %k33.0324 = phi i64 [ 0, %k.cond34.preheader ], [ %289, %k.body35 ]
  %s3_032.0323 = phi float [ 0.000000e+00, %k.cond34.preheader ], [ %288, %k.body35 ]
  %s2_031.0322 = phi float [ 0.000000e+00, %k.cond34.preheader ], [ %287, %k.body35 ]
  %s1_030.0321 = phi float [ 0.000000e+00, %k.cond34.preheader ], [ %286, %k.body35 ]
  %s0_029.0320 = phi float [ 0.000000e+00, %k.cond34.preheader ], [ %285, %k.body35 ]
  %271 = add nuw nsw i64 %k33.0324, %270
  %272 = getelementptr inbounds float, ptr %h, i64 %271
  %273 = load float, ptr %272, align 4
  %274 = or disjoint i64 %271, 8
  %275 = getelementptr inbounds float, ptr %h, i64 %274
  %276 = load float, ptr %275, align 4
  %277 = or disjoint i64 %271, 16
  %278 = getelementptr inbounds float, ptr %h, i64 %277
  %279 = load float, ptr %278, align 4
  %280 = or disjoint i64 %271, 24
  %281 = getelementptr inbounds float, ptr %h, i64 %280
  %282 = load float, ptr %281, align 4
  %283 = getelementptr inbounds float, ptr %y_weight, i64 %k33.0324
  %284 = load float, ptr %283, align 4
  %285 = tail call float @llvm.fmuladd.f32(float %273, float %284, float %s0_029.0320)
  %286 = tail call float @llvm.fmuladd.f32(float %276, float %284, float %s1_030.0321)
  %287 = tail call float @llvm.fmuladd.f32(float %279, float %284, float %s2_031.0322)
  %288 = tail call float @llvm.fmuladd.f32(float %282, float %284, float %s3_032.0323)
  %289 = add nuw nsw i64 %k33.0324, 1
  %exitcond.not = icmp eq i64 %289, 8
  br i1 %exitcond.not, label %k.end37, label %k.body35

k.end37:                                          ; preds = %k.body35
  %290 = load float, ptr %y_bias, align 64
  %291 = fadd float %285, %290
  %292 = getelementptr inbounds float, ptr %y_pre, i64 %i023.0325
  store float %291, ptr %292, align 16
  %293 = fadd float %286, %290
  %294 = or disjoint i64 %i023.0325, 1
  %295 = getelementptr inbounds float, ptr %y_pre, i64 %294
  store float %293, ptr %295, align 4
  %296 = load float, ptr %y_bias, align 64
  %297 = fadd float %287, %296
  %298 = or disjoint i64 %i023.0325, 2
  %299 = getelementptr inbounds float, ptr %y_pre, i64 %298
  store float %297, ptr %299, align 8
  %300 = load float, ptr %y_bias, align 64
  %301 = fadd float %288, %300
  %302 = or disjoint i64 %i023.0325, 3
  %303 = getelementptr inbounds float, ptr %y_pre, i64 %302
  store float %301, ptr %303, align 4
  %304 = add nuw nsw i64 %i023.0325, 4
  %305 = icmp ult i64 %304, %0
  br i1 %305, label %k.cond34.preheader, label %i.cond44.preheader

k.cond57.preheader:                               ; preds = %i.cond44.preheader, %k.end60
  %i43.0328 = phi i64 [ %323, %k.end60 ], [ %0, %i.cond44.preheader ]
  %.idx333 = shl nsw i64 %i43.0328, 5
  %invariant.gep386 = getelementptr i8, ptr %h, i64 %.idx333
  br label %k.body58

i.cond64.preheader:                               ; preds = %k.end60, %i.cond44.preheader
  %.not334 = icmp eq i64 %n, 0
  br i1 %.not334, label %i.end67, label %i.body65.preheader

i.body65.preheader:                               ; preds = %i.cond64.preheader
  %min.iters.check = icmp ult i64 %n, 8
  br i1 %min.iters.check, label %i.body65.preheader414, label %vector.memcheck

i.body65.preheader414:                            ; preds = %middle.block, %vector.memcheck, %i.body65.preheader
  %i63.0329.ph = phi i64 [ 0, %vector.memcheck ], [ 0, %i.body65.preheader ], [ %n.vec, %middle.block ]
  br label %i.body65

vector.memcheck:                                  ; preds = %i.body65.preheader
  %306 = add i64 %y412, -1216
  %307 = sub i64 %306, %ws413
  %diff.check = icmp ult i64 %307, 32
  br i1 %diff.check, label %i.body65.preheader414, label %vector.ph

vector.ph:                                        ; preds = %vector.memcheck
  %n.vec = and i64 %n, -8
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %308 = getelementptr inbounds float, ptr %y, i64 %index
  %309 = getelementptr inbounds float, ptr %y_pre, i64 %index
  %wide.load = load <8 x float>, ptr %309, align 32
  %310 = fneg <8 x float> %wide.load
  %311 = tail call <8 x float> @llvm.exp.v8f32(<8 x float> %310)
  %312 = fadd <8 x float> %311, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %313 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %312
  store <8 x float> %313, ptr %308, align 4
  %index.next = add nuw i64 %index, 8
  %314 = icmp eq i64 %index.next, %n.vec
  br i1 %314, label %middle.block, label %vector.body, !llvm.loop !0

middle.block:                                     ; preds = %vector.body
  %cmp.n = icmp eq i64 %n.vec, %n
  br i1 %cmp.n, label %i.end67, label %i.body65.preheader414

k.body58:                                         ; preds = %k.cond57.preheader, %k.body58
  %k56.0327 = phi i64 [ 0, %k.cond57.preheader ], [ %319, %k.body58 ]
  %s0_055.0326 = phi float [ 0.000000e+00, %k.cond57.preheader ], [ %318, %k.body58 ]
  %gep387 = getelementptr float, ptr %invariant.gep386, i64 %k56.0327
  %315 = load float, ptr %gep387, align 4
  %316 = getelementptr inbounds float, ptr %y_weight, i64 %k56.0327
  %317 = load float, ptr %316, align 4
  %318 = tail call float @llvm.fmuladd.f32(float %315, float %317, float %s0_055.0326)
  %319 = add nuw nsw i64 %k56.0327, 1
  %exitcond360.not = icmp eq i64 %319, 8
  br i1 %exitcond360.not, label %k.end60, label %k.body58

k.end60:                                          ; preds = %k.body58
  %320 = load float, ptr %y_bias, align 64
  %321 = fadd float %318, %320
  %322 = getelementptr inbounds float, ptr %y_pre, i64 %i43.0328
  store float %321, ptr %322, align 4
  %323 = add nuw nsw i64 %i43.0328, 1
  %324 = icmp ult i64 %323, %n
  br i1 %324, label %k.cond57.preheader, label %i.cond64.preheader

i.body65:                                         ; preds = %i.body65.preheader414, %i.body65
  %i63.0329 = phi i64 [ %332, %i.body65 ], [ %i63.0329.ph, %i.body65.preheader414 ]
  %325 = getelementptr inbounds float, ptr %y, i64 %i63.0329
  %326 = getelementptr inbounds float, ptr %y_pre, i64 %i63.0329
  %327 = load float, ptr %326, align 4
  %328 = fneg float %327
  %329 = tail call float @llvm.exp.f32(float %328)
  %330 = fadd float %329, 1.000000e+00
  %331 = fdiv float 1.000000e+00, %330
  store float %331, ptr %325, align 4
  %332 = add nuw nsw i64 %i63.0329, 1
  %exitcond361.not = icmp eq i64 %332, %n
  br i1 %exitcond361.not, label %i.end67, label %i.body65, !llvm.loop !3

i.end67:                                          ; preds = %i.body65, %middle.block, %i.cond64.preheader
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #1

; Function Attrs: nofree nounwind memory(write, argmem: readwrite)
define internal float @xor_train_step(ptr align 64 %ws, ptr nocapture readnone %rng, ptr nocapture readonly %x, ptr nocapture readonly %target, i64 %n, ptr nocapture writeonly %correct) #2 {
entry:
  %h_bias = getelementptr inbounds i8, ptr %ws, i64 64
  %y_weight = getelementptr inbounds i8, ptr %ws, i64 128
  %y_bias = getelementptr inbounds i8, ptr %ws, i64 192
  %train_step = getelementptr inbounds i8, ptr %ws, i64 256
  %train_h_weight_exp_avg = getelementptr inbounds i8, ptr %ws, i64 320
  %train_h_weight_exp_avg_sq = getelementptr inbounds i8, ptr %ws, i64 384
  %d_h_weight = getelementptr inbounds i8, ptr %ws, i64 832
  %d_h_bias = getelementptr inbounds i8, ptr %ws, i64 896
  %d_y_weight = getelementptr inbounds i8, ptr %ws, i64 960
  %d_y_bias = getelementptr inbounds i8, ptr %ws, i64 1024
  %h = getelementptr inbounds i8, ptr %ws, i64 1088
  %y_pre = getelementptr i8, ptr %ws, i64 1216
  %d_y_pre = getelementptr inbounds i8, ptr %ws, i64 1344
  %y = getelementptr inbounds i8, ptr %ws, i64 1472
  %loss = getelementptr inbounds i8, ptr %ws, i64 1536
  %0 = and i64 %n, -4
  %.not = icmp eq i64 %0, 0
  br i1 %.not, label %j0.end, label %i0.cond.preheader.us

i0.cond.preheader.us:                             ; preds = %entry, %i0.cond.i0.end_crit_edge.us
  %1 = phi i1 [ false, %i0.cond.i0.end_crit_edge.us ], [ true, %entry ]
  %j0.0674.us = phi i64 [ 4, %i0.cond.i0.end_crit_edge.us ], [ 0, %entry ]
  %2 = shl nuw nsw i64 %j0.0674.us, 1
  %3 = getelementptr inbounds float, ptr %h_bias, i64 %j0.0674.us
  br label %k.cond.preheader.us

k.end.us:                                         ; preds = %k.body.us
  %4 = shl nuw nsw i64 %i0.0673.us, 3
  %5 = or disjoint i64 %4, %j0.0674.us
  %6 = getelementptr inbounds float, ptr %h, i64 %5
  %7 = load <4 x float>, ptr %3, align 16
  %8 = fadd <4 x float> %137, %7
  %9 = fcmp olt <4 x float> %8, <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>
  %10 = select <4 x i1> %9, <4 x float> <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>, <4 x float> %8
  %11 = fcmp ogt <4 x float> %8, <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>
  %12 = select <4 x i1> %11, <4 x float> <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>, <4 x float> %10
  %13 = fmul <4 x float> %12, %12
  %14 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %13, <4 x float> <float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000>, <4 x float> <float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000>)
  %15 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %14, <4 x float> %13, <4 x float> <float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000>)
  %16 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %15, <4 x float> %13, <4 x float> <float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000>)
  %17 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %16, <4 x float> %13, <4 x float> <float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000>)
  %18 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %17, <4 x float> %13, <4 x float> <float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000>)
  %19 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %18, <4 x float> %13, <4 x float> <float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000>)
  %20 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %13, <4 x float> <float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000>, <4 x float> <float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000>)
  %21 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %20, <4 x float> %13, <4 x float> <float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000>)
  %22 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %21, <4 x float> %13, <4 x float> <float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000>)
  %23 = fmul <4 x float> %12, %19
  %24 = fdiv <4 x float> %23, %22
  %25 = tail call <4 x float> @llvm.fabs.v4f32(<4 x float> %8)
  %26 = fcmp olt <4 x float> %25, <float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000>
  %27 = select <4 x i1> %26, <4 x float> %8, <4 x float> %24
  store <4 x float> %27, ptr %6, align 16
  %28 = or disjoint i64 %4, %j0.0674.us
  %29 = or disjoint i64 %28, 8
  %30 = getelementptr inbounds float, ptr %h, i64 %29
  %31 = load <4 x float>, ptr %3, align 16
  %32 = fadd <4 x float> %140, %31
  %33 = fcmp olt <4 x float> %32, <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>
  %34 = select <4 x i1> %33, <4 x float> <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>, <4 x float> %32
  %35 = fcmp ogt <4 x float> %32, <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>
  %36 = select <4 x i1> %35, <4 x float> <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>, <4 x float> %34
  %37 = fmul <4 x float> %36, %36
  %38 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %37, <4 x float> <float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000>, <4 x float> <float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000>)
  %39 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %38, <4 x float> %37, <4 x float> <float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000>)
  %40 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %39, <4 x float> %37, <4 x float> <float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000>)
  %41 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %40, <4 x float> %37, <4 x float> <float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000>)
  %42 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %41, <4 x float> %37, <4 x float> <float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000>)
  %43 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %42, <4 x float> %37, <4 x float> <float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000>)
  %44 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %37, <4 x float> <float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000>, <4 x float> <float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000>)
  %45 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %44, <4 x float> %37, <4 x float> <float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000>)
  %46 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %45, <4 x float> %37, <4 x float> <float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000>)
  %47 = fmul <4 x float> %36, %43
  %48 = fdiv <4 x float> %47, %46
  %49 = tail call <4 x float> @llvm.fabs.v4f32(<4 x float> %32)
  %50 = fcmp olt <4 x float> %49, <float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000>
  %51 = select <4 x i1> %50, <4 x float> %32, <4 x float> %48
  store <4 x float> %51, ptr %30, align 16
  %52 = or disjoint i64 %4, %j0.0674.us
  %53 = or disjoint i64 %52, 16
  %54 = getelementptr inbounds float, ptr %h, i64 %53
  %55 = load <4 x float>, ptr %3, align 16
  %56 = fadd <4 x float> %143, %55
  %57 = fcmp olt <4 x float> %56, <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>
  %58 = select <4 x i1> %57, <4 x float> <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>, <4 x float> %56
  %59 = fcmp ogt <4 x float> %56, <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>
  %60 = select <4 x i1> %59, <4 x float> <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>, <4 x float> %58
  %61 = fmul <4 x float> %60, %60
  %62 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %61, <4 x float> <float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000>, <4 x float> <float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000>)
  %63 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %62, <4 x float> %61, <4 x float> <float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000>)
  %64 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %63, <4 x float> %61, <4 x float> <float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000>)
  %65 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %64, <4 x float> %61, <4 x float> <float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000>)
  %66 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %65, <4 x float> %61, <4 x float> <float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000>)
  %67 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %66, <4 x float> %61, <4 x float> <float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000>)
  %68 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %61, <4 x float> <float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000>, <4 x float> <float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000>)
  %69 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %68, <4 x float> %61, <4 x float> <float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000>)
  %70 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %69, <4 x float> %61, <4 x float> <float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000>)
  %71 = fmul <4 x float> %60, %67
  %72 = fdiv <4 x float> %71, %70
  %73 = tail call <4 x float> @llvm.fabs.v4f32(<4 x float> %56)
  %74 = fcmp olt <4 x float> %73, <float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000>
  %75 = select <4 x i1> %74, <4 x float> %56, <4 x float> %72
  store <4 x float> %75, ptr %54, align 16
  %76 = or disjoint i64 %4, %j0.0674.us
  %77 = or disjoint i64 %76, 24
  %78 = getelementptr inbounds float, ptr %h, i64 %77
  %79 = load <4 x float>, ptr %3, align 16
  %80 = fadd <4 x float> %146, %79
  %81 = fcmp olt <4 x float> %80, <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>
  %82 = select <4 x i1> %81, <4 x float> <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>, <4 x float> %80
  %83 = fcmp ogt <4 x float> %80, <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>
  %84 = select <4 x i1> %83, <4 x float> <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>, <4 x float> %82
  %85 = fmul <4 x float> %84, %84
  %86 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %85, <4 x float> <float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000>, <4 x float> <float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000>)
  %87 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %86, <4 x float> %85, <4 x float> <float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000>)
  %88 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %87, <4 x float> %85, <4 x float> <float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000>)
  %89 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %88, <4 x float> %85, <4 x float> <float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000>)
  %90 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %89, <4 x float> %85, <4 x float> <float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000>)
  %91 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %90, <4 x float> %85, <4 x float> <float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000>)
  %92 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %85, <4 x float> <float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000>, <4 x float> <float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000>)
  %93 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %92, <4 x float> %85, <4 x float> <float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000>)
  %94 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %93, <4 x float> %85, <4 x float> <float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000>)
  %95 = fmul <4 x float> %84, %91
  %96 = fdiv <4 x float> %95, %94
  %97 = tail call <4 x float> @llvm.fabs.v4f32(<4 x float> %80)
  %98 = fcmp olt <4 x float> %97, <float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000>
  %99 = select <4 x i1> %98, <4 x float> %80, <4 x float> %96
  store <4 x float> %99, ptr %78, align 16
  %100 = add nuw nsw i64 %i0.0673.us, 4
  %101 = icmp ult i64 %100, %0
  br i1 %101, label %k.cond.preheader.us, label %i0.cond.i0.end_crit_edge.us

k.body.us:                                        ; preds = %k.cond.preheader.us, %k.body.us
  %102 = phi i1 [ true, %k.cond.preheader.us ], [ false, %k.body.us ]
  %k.0656.us = phi i64 [ 0, %k.cond.preheader.us ], [ 1, %k.body.us ]
  %103 = phi <4 x float> [ zeroinitializer, %k.cond.preheader.us ], [ %137, %k.body.us ]
  %104 = phi <4 x float> [ zeroinitializer, %k.cond.preheader.us ], [ %140, %k.body.us ]
  %105 = phi <4 x float> [ zeroinitializer, %k.cond.preheader.us ], [ %143, %k.body.us ]
  %106 = phi <4 x float> [ zeroinitializer, %k.cond.preheader.us ], [ %146, %k.body.us ]
  %107 = or disjoint i64 %k.0656.us, %147
  %108 = getelementptr inbounds float, ptr %x, i64 %107
  %109 = load float, ptr %108, align 4
  %110 = or disjoint i64 %107, 2
  %111 = getelementptr inbounds float, ptr %x, i64 %110
  %112 = load float, ptr %111, align 4
  %113 = or disjoint i64 %107, 4
  %114 = getelementptr inbounds float, ptr %x, i64 %113
  %115 = load float, ptr %114, align 4
  %116 = or disjoint i64 %107, 6
  %117 = getelementptr inbounds float, ptr %x, i64 %116
  %118 = load float, ptr %117, align 4
  %119 = or disjoint i64 %k.0656.us, %2
  %120 = getelementptr inbounds float, ptr %ws, i64 %119
  %121 = load float, ptr %120, align 4
  %122 = or disjoint i64 %119, 2
  %123 = getelementptr inbounds float, ptr %ws, i64 %122
  %124 = load float, ptr %123, align 4
  %125 = or disjoint i64 %119, 4
  %126 = getelementptr inbounds float, ptr %ws, i64 %125
  %127 = load float, ptr %126, align 4
  %128 = or disjoint i64 %119, 6
  %129 = getelementptr inbounds float, ptr %ws, i64 %128
  %130 = load float, ptr %129, align 4
  %131 = insertelement <4 x float> poison, float %109, i64 0
  %132 = shufflevector <4 x float> %131, <4 x float> poison, <4 x i32> zeroinitializer
  %133 = insertelement <4 x float> poison, float %121, i64 0
  %134 = insertelement <4 x float> %133, float %124, i64 1
  %135 = insertelement <4 x float> %134, float %127, i64 2
  %136 = insertelement <4 x float> %135, float %130, i64 3
  %137 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %132, <4 x float> %136, <4 x float> %103)
  %138 = insertelement <4 x float> poison, float %112, i64 0
  %139 = shufflevector <4 x float> %138, <4 x float> poison, <4 x i32> zeroinitializer
  %140 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %139, <4 x float> %136, <4 x float> %104)
  %141 = insertelement <4 x float> poison, float %115, i64 0
  %142 = shufflevector <4 x float> %141, <4 x float> poison, <4 x i32> zeroinitializer
  %143 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %142, <4 x float> %136, <4 x float> %105)
  %144 = insertelement <4 x float> poison, float %118, i64 0
  %145 = shufflevector <4 x float> %144, <4 x float> poison, <4 x i32> zeroinitializer
  %146 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %145, <4 x float> %136, <4 x float> %106)
  br i1 %102, label %k.body.us, label %k.end.us

k.cond.preheader.us:                              ; preds = %i0.cond.preheader.us, %k.end.us
  %i0.0673.us = phi i64 [ 0, %i0.cond.preheader.us ], [ %100, %k.end.us ]
  %147 = shl nuw nsw i64 %i0.0673.us, 1
  br label %k.body.us

i0.cond.i0.end_crit_edge.us:                      ; preds = %k.end.us
  br i1 %1, label %i0.cond.preheader.us, label %j0.end

j0.end:                                           ; preds = %i0.cond.i0.end_crit_edge.us, %entry
  %.not741 = icmp eq i64 %0, %n
  br i1 %.not741, label %i0.cond24.preheader, label %j0.cond6.preheader

j0.cond6.preheader:                               ; preds = %j0.end, %j0.end9
  %i.0681 = phi i64 [ %151, %j0.end9 ], [ %0, %j0.end ]
  %148 = shl nsw i64 %i.0681, 3
  %invariant.gep = getelementptr i8, ptr %x, i64 %148
  br label %k.cond16.preheader

i0.cond24.preheader:                              ; preds = %j0.end9, %j0.end
  br i1 %.not, label %i.cond44.preheader, label %k.cond34.preheader

k.cond16.preheader:                               ; preds = %j0.cond6.preheader, %k.end19
  %149 = phi i1 [ true, %j0.cond6.preheader ], [ false, %k.end19 ]
  %j05.0680 = phi i64 [ 0, %j0.cond6.preheader ], [ 4, %k.end19 ]
  %150 = shl nuw nsw i64 %j05.0680, 1
  br label %k.body17

j0.end9:                                          ; preds = %k.end19
  %151 = add nuw nsw i64 %i.0681, 1
  %152 = icmp ult i64 %151, %n
  br i1 %152, label %j0.cond6.preheader, label %i0.cond24.preheader

k.body17:                                         ; preds = %k.cond16.preheader, %k.body17
  %s0_011.0679 = phi float [ 0.000000e+00, %k.cond16.preheader ], [ %158, %k.body17 ]
  %s0_112.0678 = phi float [ 0.000000e+00, %k.cond16.preheader ], [ %162, %k.body17 ]
  %s0_213.0677 = phi float [ 0.000000e+00, %k.cond16.preheader ], [ %166, %k.body17 ]
  %s0_314.0676 = phi float [ 0.000000e+00, %k.cond16.preheader ], [ %170, %k.body17 ]
  %153 = phi i1 [ true, %k.cond16.preheader ], [ false, %k.body17 ]
  %k15.0675 = phi i64 [ 0, %k.cond16.preheader ], [ 1, %k.body17 ]
  %gep = getelementptr float, ptr %invariant.gep, i64 %k15.0675
  %154 = load float, ptr %gep, align 4
  %155 = or disjoint i64 %k15.0675, %150
  %156 = getelementptr inbounds float, ptr %ws, i64 %155
  %157 = load float, ptr %156, align 4
  %158 = tail call float @llvm.fmuladd.f32(float %154, float %157, float %s0_011.0679)
  %159 = or disjoint i64 %155, 2
  %160 = getelementptr inbounds float, ptr %ws, i64 %159
  %161 = load float, ptr %160, align 4
  %162 = tail call float @llvm.fmuladd.f32(float %154, float %161, float %s0_112.0678)
  %163 = or disjoint i64 %155, 4
  %164 = getelementptr inbounds float, ptr %ws, i64 %163
  %165 = load float, ptr %164, align 4
  %166 = tail call float @llvm.fmuladd.f32(float %154, float %165, float %s0_213.0677)
  %167 = or disjoint i64 %155, 6
  %168 = getelementptr inbounds float, ptr %ws, i64 %167
  %169 = load float, ptr %168, align 4
  %170 = tail call float @llvm.fmuladd.f32(float %154, float %169, float %s0_314.0676)
  br i1 %153, label %k.body17, label %k.end19

k.end19:                                          ; preds = %k.body17
  %171 = getelementptr inbounds float, ptr %h_bias, i64 %j05.0680
  %172 = load float, ptr %171, align 16
  %173 = fadd float %158, %172
  %174 = or disjoint i64 %j05.0680, %148
  %175 = getelementptr inbounds float, ptr %h, i64 %174
  %176 = fcmp olt float %173, 0xC01FFEC880000000
  %177 = select i1 %176, float 0xC01FFEC880000000, float %173
  %178 = fcmp ogt float %173, 0x401FFEC880000000
  %179 = select i1 %178, float 0x401FFEC880000000, float %177
  %180 = fmul float %179, %179
  %181 = tail call float @llvm.fmuladd.f32(float %180, float 0xBCB3E4B800000000, float 0x3D4C266FC0000000)
  %182 = tail call float @llvm.fmuladd.f32(float %181, float %180, float 0xBDD7A6FFE0000000)
  %183 = tail call float @llvm.fmuladd.f32(float %182, float %180, float 0x3E6B800820000000)
  %184 = tail call float @llvm.fmuladd.f32(float %183, float %180, float 0x3EEF286940000000)
  %185 = tail call float @llvm.fmuladd.f32(float %184, float %180, float 0x3F44E1BDA0000000)
  %186 = tail call float @llvm.fmuladd.f32(float %185, float %180, float 0x3F740B3B80000000)
  %187 = tail call float @llvm.fmuladd.f32(float %180, float 0x3EB41A7B00000000, float 0x3F1F12BAC0000000)
  %188 = tail call float @llvm.fmuladd.f32(float %187, float %180, float 0x3F629540A0000000)
  %189 = tail call float @llvm.fmuladd.f32(float %188, float %180, float 0x3F740B3BA0000000)
  %190 = fmul float %179, %186
  %191 = fdiv float %190, %189
  %192 = tail call float @llvm.fabs.f32(float %173)
  %193 = fcmp olt float %192, 0x3F3A36E2E0000000
  %194 = select i1 %193, float %173, float %191
  store float %194, ptr %175, align 16
  %195 = or disjoint i64 %j05.0680, 1
  %196 = getelementptr inbounds float, ptr %h_bias, i64 %195
  %197 = load float, ptr %196, align 4
  %198 = fadd float %162, %197
  %199 = or disjoint i64 %195, %148
  %200 = getelementptr inbounds float, ptr %h, i64 %199
  %201 = fcmp olt float %198, 0xC01FFEC880000000
  %202 = select i1 %201, float 0xC01FFEC880000000, float %198
  %203 = fcmp ogt float %198, 0x401FFEC880000000
  %204 = select i1 %203, float 0x401FFEC880000000, float %202
  %205 = fmul float %204, %204
  %206 = tail call float @llvm.fmuladd.f32(float %205, float 0xBCB3E4B800000000, float 0x3D4C266FC0000000)
  %207 = tail call float @llvm.fmuladd.f32(float %206, float %205, float 0xBDD7A6FFE0000000)
  %208 = tail call float @llvm.fmuladd.f32(float %207, float %205, float 0x3E6B800820000000)
  %209 = tail call float @llvm.fmuladd.f32(float %208, float %205, float 0x3EEF286940000000)
  %210 = tail call float @llvm.fmuladd.f32(float %209, float %205, float 0x3F44E1BDA0000000)
  %211 = tail call float @llvm.fmuladd.f32(float %210, float %205, float 0x3F740B3B80000000)
  %212 = tail call float @llvm.fmuladd.f32(float %205, float 0x3EB41A7B00000000, float 0x3F1F12BAC0000000)
  %213 = tail call float @llvm.fmuladd.f32(float %212, float %205, float 0x3F629540A0000000)
  %214 = tail call float @llvm.fmuladd.f32(float %213, float %205, float 0x3F740B3BA0000000)
  %215 = fmul float %204, %211
  %216 = fdiv float %215, %214
  %217 = tail call float @llvm.fabs.f32(float %198)
  %218 = fcmp olt float %217, 0x3F3A36E2E0000000
  %219 = select i1 %218, float %198, float %216
  store float %219, ptr %200, align 4
  %220 = or disjoint i64 %j05.0680, 2
  %221 = getelementptr inbounds float, ptr %h_bias, i64 %220
  %222 = load float, ptr %221, align 8
  %223 = fadd float %166, %222
  %224 = or disjoint i64 %220, %148
  %225 = getelementptr inbounds float, ptr %h, i64 %224
  %226 = fcmp olt float %223, 0xC01FFEC880000000
  %227 = select i1 %226, float 0xC01FFEC880000000, float %223
  %228 = fcmp ogt float %223, 0x401FFEC880000000
  %229 = select i1 %228, float 0x401FFEC880000000, float %227
  %230 = fmul float %229, %229
  %231 = tail call float @llvm.fmuladd.f32(float %230, float 0xBCB3E4B800000000, float 0x3D4C266FC0000000)
  %232 = tail call float @llvm.fmuladd.f32(float %231, float %230, float 0xBDD7A6FFE0000000)
  %233 = tail call float @llvm.fmuladd.f32(float %232, float %230, float 0x3E6B800820000000)
  %234 = tail call float @llvm.fmuladd.f32(float %233, float %230, float 0x3EEF286940000000)
  %235 = tail call float @llvm.fmuladd.f32(float %234, float %230, float 0x3F44E1BDA0000000)
  %236 = tail call float @llvm.fmuladd.f32(float %235, float %230, float 0x3F740B3B80000000)
  %237 = tail call float @llvm.fmuladd.f32(float %230, float 0x3EB41A7B00000000, float 0x3F1F12BAC0000000)
  %238 = tail call float @llvm.fmuladd.f32(float %237, float %230, float 0x3F629540A0000000)
  %239 = tail call float @llvm.fmuladd.f32(float %238, float %230, float 0x3F740B3BA0000000)
  %240 = fmul float %229, %236
  %241 = fdiv float %240, %239
  %242 = tail call float @llvm.fabs.f32(float %223)
  %243 = fcmp olt float %242, 0x3F3A36E2E0000000
  %244 = select i1 %243, float %223, float %241
  store float %244, ptr %225, align 8
  %245 = or disjoint i64 %j05.0680, 3
  %246 = getelementptr inbounds float, ptr %h_bias, i64 %245
  %247 = load float, ptr %246, align 4
  %248 = fadd float %170, %247
  %249 = or disjoint i64 %245, %148
  %250 = getelementptr inbounds float, ptr %h, i64 %249
  %251 = fcmp olt float %248, 0xC01FFEC880000000
  %252 = select i1 %251, float 0xC01FFEC880000000, float %248
  %253 = fcmp ogt float %248, 0x401FFEC880000000
  %254 = select i1 %253, float 0x401FFEC880000000, float %252
  %255 = fmul float %254, %254
  %256 = tail call float @llvm.fmuladd.f32(float %255, float 0xBCB3E4B800000000, float 0x3D4C266FC0000000)
  %257 = tail call float @llvm.fmuladd.f32(float %256, float %255, float 0xBDD7A6FFE0000000)
  %258 = tail call float @llvm.fmuladd.f32(float %257, float %255, float 0x3E6B800820000000)
  %259 = tail call float @llvm.fmuladd.f32(float %258, float %255, float 0x3EEF286940000000)
  %260 = tail call float @llvm.fmuladd.f32(float %259, float %255, float 0x3F44E1BDA0000000)
  %261 = tail call float @llvm.fmuladd.f32(float %260, float %255, float 0x3F740B3B80000000)
  %262 = tail call float @llvm.fmuladd.f32(float %255, float 0x3EB41A7B00000000, float 0x3F1F12BAC0000000)
  %263 = tail call float @llvm.fmuladd.f32(float %262, float %255, float 0x3F629540A0000000)
  %264 = tail call float @llvm.fmuladd.f32(float %263, float %255, float 0x3F740B3BA0000000)
  %265 = fmul float %254, %261
  %266 = fdiv float %265, %264
  %267 = tail call float @llvm.fabs.f32(float %248)
  %268 = fcmp olt float %267, 0x3F3A36E2E0000000
  %269 = select i1 %268, float %248, float %266
  store float %269, ptr %250, align 4
  br i1 %149, label %k.cond16.preheader, label %j0.end9

k.cond34.preheader:                               ; preds = %i0.cond24.preheader, %k.end37
  %i023.0687 = phi i64 [ %304, %k.end37 ], [ 0, %i0.cond24.preheader ]
  %270 = shl nuw nsw i64 %i023.0687, 3
  br label %k.body35

i.cond44.preheader:                               ; preds = %k.end37, %i0.cond24.preheader
  br i1 %.not741, label %i.cond64.preheader, label %k.cond57.preheader

k.body35:                                         ; preds = %k.cond34.preheader, %k.body35
  %s0_029.0686 = phi float [ 0.000000e+00, %k.cond34.preheader ], [ %285, %k.body35 ]
  %s1_030.0685 = phi float [ 0.000000e+00, %k.cond34.preheader ], [ %286, %k.body35 ]
  %k33.0684 = phi i64 [ 0, %k.cond34.preheader ], [ %289, %k.body35 ]
  %s3_032.0683 = phi float [ 0.000000e+00, %k.cond34.preheader ], [ %288, %k.body35 ]
  %s2_031.0682 = phi float [ 0.000000e+00, %k.cond34.preheader ], [ %287, %k.body35 ]
  %271 = add nuw nsw i64 %k33.0684, %270
  %272 = getelementptr inbounds float, ptr %h, i64 %271
  %273 = load float, ptr %272, align 4
  %274 = or disjoint i64 %271, 8
  %275 = getelementptr inbounds float, ptr %h, i64 %274
  %276 = load float, ptr %275, align 4
  %277 = or disjoint i64 %271, 16
  %278 = getelementptr inbounds float, ptr %h, i64 %277
  %279 = load float, ptr %278, align 4
  %280 = or disjoint i64 %271, 24
  %281 = getelementptr inbounds float, ptr %h, i64 %280
  %282 = load float, ptr %281, align 4
  %283 = getelementptr inbounds float, ptr %y_weight, i64 %k33.0684
  %284 = load float, ptr %283, align 4
  %285 = tail call float @llvm.fmuladd.f32(float %273, float %284, float %s0_029.0686)
  %286 = tail call float @llvm.fmuladd.f32(float %276, float %284, float %s1_030.0685)
  %287 = tail call float @llvm.fmuladd.f32(float %279, float %284, float %s2_031.0682)
  %288 = tail call float @llvm.fmuladd.f32(float %282, float %284, float %s3_032.0683)
  %289 = add nuw nsw i64 %k33.0684, 1
  %exitcond.not = icmp eq i64 %289, 8
  br i1 %exitcond.not, label %k.end37, label %k.body35

k.end37:                                          ; preds = %k.body35
  %290 = load float, ptr %y_bias, align 64
  %291 = fadd float %285, %290
  %292 = getelementptr inbounds float, ptr %y_pre, i64 %i023.0687
  store float %291, ptr %292, align 16
  %293 = fadd float %286, %290
  %294 = or disjoint i64 %i023.0687, 1
  %295 = getelementptr inbounds float, ptr %y_pre, i64 %294
  store float %293, ptr %295, align 4
  %296 = load float, ptr %y_bias, align 64
  %297 = fadd float %287, %296
  %298 = or disjoint i64 %i023.0687, 2
  %299 = getelementptr inbounds float, ptr %y_pre, i64 %298
  store float %297, ptr %299, align 8
  %300 = load float, ptr %y_bias, align 64
  %301 = fadd float %288, %300
  %302 = or disjoint i64 %i023.0687, 3
  %303 = getelementptr inbounds float, ptr %y_pre, i64 %302
  store float %301, ptr %303, align 4
  %304 = add nuw nsw i64 %i023.0687, 4
  %305 = icmp ult i64 %304, %0
  br i1 %305, label %k.cond34.preheader, label %i.cond44.preheader

k.cond57.preheader:                               ; preds = %i.cond44.preheader, %k.end60
  %i43.0690 = phi i64 [ %324, %k.end60 ], [ %0, %i.cond44.preheader ]
  %.idx744 = shl nsw i64 %i43.0690, 5
  %invariant.gep853 = getelementptr i8, ptr %h, i64 %.idx744
  br label %k.body58

i.cond64.preheader:                               ; preds = %k.end60, %i.cond44.preheader
  %.not745 = icmp eq i64 %n, 0
  br i1 %.not745, label %i.end85.thread, label %i.body65.preheader

i.body65.preheader:                               ; preds = %i.cond64.preheader
  %min.iters.check = icmp ult i64 %n, 8
  br i1 %min.iters.check, label %i.body65.preheader1006, label %vector.ph

i.body65.preheader1006:                           ; preds = %middle.block, %i.body65.preheader
  %i63.0691.ph = phi i64 [ 0, %i.body65.preheader ], [ %n.vec, %middle.block ]
  br label %i.body65

vector.ph:                                        ; preds = %i.body65.preheader
  %n.vec = and i64 %n, -8
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %306 = getelementptr inbounds float, ptr %y, i64 %index
  %307 = getelementptr inbounds float, ptr %y_pre, i64 %index
  %wide.load = load <8 x float>, ptr %307, align 32
  %308 = fneg <8 x float> %wide.load
  %309 = tail call <8 x float> @llvm.exp.v8f32(<8 x float> %308)
  %310 = fadd <8 x float> %309, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %311 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %310
  store <8 x float> %311, ptr %306, align 32
  %index.next = add nuw i64 %index, 8
  %312 = icmp eq i64 %index.next, %n.vec
  br i1 %312, label %middle.block, label %vector.body, !llvm.loop !4

middle.block:                                     ; preds = %vector.body
  %cmp.n = icmp eq i64 %n.vec, %n
  br i1 %cmp.n, label %i.body71.preheader, label %i.body65.preheader1006

i.end85.thread:                                   ; preds = %i.cond64.preheader
  store float 0.000000e+00, ptr %correct, align 4
  %313 = uitofp nneg i64 %n to float
  %314 = fdiv float 1.000000e+00, %313
  %315 = fmul float %314, 0.000000e+00
  store float %315, ptr %loss, align 64
  br label %j.cond100.preheader

k.body58:                                         ; preds = %k.cond57.preheader, %k.body58
  %k56.0689 = phi i64 [ 0, %k.cond57.preheader ], [ %320, %k.body58 ]
  %s0_055.0688 = phi float [ 0.000000e+00, %k.cond57.preheader ], [ %319, %k.body58 ]
  %gep854 = getelementptr float, ptr %invariant.gep853, i64 %k56.0689
  %316 = load float, ptr %gep854, align 4
  %317 = getelementptr inbounds float, ptr %y_weight, i64 %k56.0689
  %318 = load float, ptr %317, align 4
  %319 = tail call float @llvm.fmuladd.f32(float %316, float %318, float %s0_055.0688)
  %320 = add nuw nsw i64 %k56.0689, 1
  %exitcond797.not = icmp eq i64 %320, 8
  br i1 %exitcond797.not, label %k.end60, label %k.body58

k.end60:                                          ; preds = %k.body58
  %321 = load float, ptr %y_bias, align 64
  %322 = fadd float %319, %321
  %323 = getelementptr inbounds float, ptr %y_pre, i64 %i43.0690
  store float %322, ptr %323, align 4
  %324 = add nuw nsw i64 %i43.0690, 1
  %325 = icmp ult i64 %324, %n
  br i1 %325, label %k.cond57.preheader, label %i.cond64.preheader

i.body65:                                         ; preds = %i.body65.preheader1006, %i.body65
  %i63.0691 = phi i64 [ %333, %i.body65 ], [ %i63.0691.ph, %i.body65.preheader1006 ]
  %326 = getelementptr inbounds float, ptr %y, i64 %i63.0691
  %327 = getelementptr inbounds float, ptr %y_pre, i64 %i63.0691
  %328 = load float, ptr %327, align 4
  %329 = fneg float %328
  %330 = tail call float @llvm.exp.f32(float %329)
  %331 = fadd float %330, 1.000000e+00
  %332 = fdiv float 1.000000e+00, %331
  store float %332, ptr %326, align 4
  %333 = add nuw nsw i64 %i63.0691, 1
  %exitcond798.not = icmp eq i64 %333, %n
  br i1 %exitcond798.not, label %i.body71.preheader, label %i.body65, !llvm.loop !5

i.body71.preheader:                               ; preds = %i.body65, %middle.block
  %min.iters.check901 = icmp ult i64 %n, 32
  br i1 %min.iters.check901, label %i.body71.preheader1000, label %vector.ph902

vector.ph902:                                     ; preds = %i.body71.preheader
  %n.vec904 = and i64 %n, -32
  br label %vector.body906

vector.body906:                                   ; preds = %vector.body906, %vector.ph902
  %index907 = phi i64 [ 0, %vector.ph902 ], [ %index.next919, %vector.body906 ]
  %vec.phi = phi <8 x float> [ <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph902 ], [ %358, %vector.body906 ]
  %vec.phi908 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph902 ], [ %359, %vector.body906 ]
  %vec.phi909 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph902 ], [ %360, %vector.body906 ]
  %vec.phi910 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph902 ], [ %361, %vector.body906 ]
  %334 = getelementptr inbounds float, ptr %y, i64 %index907
  %335 = getelementptr inbounds i8, ptr %334, i64 32
  %336 = getelementptr inbounds i8, ptr %334, i64 64
  %337 = getelementptr inbounds i8, ptr %334, i64 96
  %wide.load911 = load <8 x float>, ptr %334, align 64
  %wide.load912 = load <8 x float>, ptr %335, align 32
  %wide.load913 = load <8 x float>, ptr %336, align 64
  %wide.load914 = load <8 x float>, ptr %337, align 32
  %338 = fcmp ogt <8 x float> %wide.load911, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %339 = fcmp ogt <8 x float> %wide.load912, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %340 = fcmp ogt <8 x float> %wide.load913, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %341 = fcmp ogt <8 x float> %wide.load914, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %342 = getelementptr inbounds float, ptr %target, i64 %index907
  %343 = getelementptr inbounds i8, ptr %342, i64 32
  %344 = getelementptr inbounds i8, ptr %342, i64 64
  %345 = getelementptr inbounds i8, ptr %342, i64 96
  %wide.load915 = load <8 x float>, ptr %342, align 4
  %wide.load916 = load <8 x float>, ptr %343, align 4
  %wide.load917 = load <8 x float>, ptr %344, align 4
  %wide.load918 = load <8 x float>, ptr %345, align 4
  %346 = fcmp ule <8 x float> %wide.load915, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %347 = fcmp ule <8 x float> %wide.load916, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %348 = fcmp ule <8 x float> %wide.load917, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %349 = fcmp ule <8 x float> %wide.load918, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %350 = xor <8 x i1> %338, %346
  %351 = xor <8 x i1> %339, %347
  %352 = xor <8 x i1> %340, %348
  %353 = xor <8 x i1> %341, %349
  %354 = select <8 x i1> %350, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %355 = select <8 x i1> %351, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %356 = select <8 x i1> %352, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %357 = select <8 x i1> %353, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %358 = fadd reassoc <8 x float> %vec.phi, %354
  %359 = fadd reassoc <8 x float> %vec.phi908, %355
  %360 = fadd reassoc <8 x float> %vec.phi909, %356
  %361 = fadd reassoc <8 x float> %vec.phi910, %357
  %index.next919 = add nuw i64 %index907, 32
  %362 = icmp eq i64 %index.next919, %n.vec904
  br i1 %362, label %middle.block899, label %vector.body906, !llvm.loop !6

middle.block899:                                  ; preds = %vector.body906
  %bin.rdx = fadd reassoc <8 x float> %359, %358
  %bin.rdx920 = fadd reassoc <8 x float> %360, %bin.rdx
  %bin.rdx921 = fadd reassoc <8 x float> %361, %bin.rdx920
  %363 = tail call reassoc float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %bin.rdx921)
  %cmp.n922 = icmp eq i64 %n.vec904, %n
  br i1 %cmp.n922, label %i.body77.preheader, label %i.body71.preheader1000

i.body71.preheader1000:                           ; preds = %middle.block899, %i.body71.preheader
  %i69.0693.ph = phi i64 [ 0, %i.body71.preheader ], [ %n.vec904, %middle.block899 ]
  %hits.0692.ph = phi float [ 0.000000e+00, %i.body71.preheader ], [ %363, %middle.block899 ]
  br label %i.body71

i.body71:                                         ; preds = %i.body71.preheader1000, %i.body71
  %i69.0693 = phi i64 [ %373, %i.body71 ], [ %i69.0693.ph, %i.body71.preheader1000 ]
  %hits.0692 = phi float [ %372, %i.body71 ], [ %hits.0692.ph, %i.body71.preheader1000 ]
  %364 = getelementptr inbounds float, ptr %y, i64 %i69.0693
  %365 = load float, ptr %364, align 4
  %366 = fcmp ogt float %365, 5.000000e-01
  %367 = getelementptr inbounds float, ptr %target, i64 %i69.0693
  %368 = load float, ptr %367, align 4
  %369 = fcmp ule float %368, 5.000000e-01
  %370 = xor i1 %366, %369
  %371 = select i1 %370, float 1.000000e+00, float 0.000000e+00
  %372 = fadd reassoc float %hits.0692, %371
  %373 = add nuw nsw i64 %i69.0693, 1
  %exitcond799.not = icmp eq i64 %373, %n
  br i1 %exitcond799.not, label %i.body77.preheader, label %i.body71, !llvm.loop !7

i.body77.preheader:                               ; preds = %i.body71, %middle.block899
  %.lcssa873 = phi float [ %363, %middle.block899 ], [ %372, %i.body71 ]
  store float %.lcssa873, ptr %correct, align 4
  br label %i.body77

i.body77:                                         ; preds = %i.body77.preheader, %i.body77
  %i75.0695 = phi i64 [ %387, %i.body77 ], [ 0, %i.body77.preheader ]
  %sum.0694 = phi float [ %386, %i.body77 ], [ 0.000000e+00, %i.body77.preheader ]
  %374 = getelementptr inbounds float, ptr %y_pre, i64 %i75.0695
  %375 = load float, ptr %374, align 4
  %376 = tail call float @llvm.maxnum.f32(float %375, float 0.000000e+00)
  %377 = getelementptr inbounds float, ptr %target, i64 %i75.0695
  %378 = load float, ptr %377, align 4
  %379 = fmul float %375, %378
  %380 = fsub float %376, %379
  %381 = tail call float @llvm.fabs.f32(float %375)
  %382 = fneg float %381
  %383 = tail call float @llvm.exp.f32(float %382)
  %384 = tail call float @log1pf(float %383)
  %385 = fadd float %384, %380
  %386 = fadd reassoc float %sum.0694, %385
  %387 = add nuw nsw i64 %i75.0695, 1
  %exitcond800.not = icmp eq i64 %387, %n
  br i1 %exitcond800.not, label %i.body83.preheader, label %i.body77

i.body83.preheader:                               ; preds = %i.body77
  %388 = uitofp nneg i64 %n to float
  %389 = fdiv float 1.000000e+00, %388
  %390 = fmul float %389, %386
  store float %390, ptr %loss, align 64
  %min.iters.check926 = icmp ult i64 %n, 8
  br i1 %min.iters.check926, label %i.body83.preheader998, label %vector.memcheck

i.body83.preheader998:                            ; preds = %middle.block924, %vector.memcheck, %i.body83.preheader
  %i81.0697.ph = phi i64 [ 0, %vector.memcheck ], [ 0, %i.body83.preheader ], [ %n.vec929, %middle.block924 ]
  br label %i.body83

vector.memcheck:                                  ; preds = %i.body83.preheader
  %391 = shl i64 %n, 2
  %392 = getelementptr i8, ptr %ws, i64 %391
  %scevgep = getelementptr i8, ptr %392, i64 1344
  %scevgep923 = getelementptr i8, ptr %target, i64 %391
  %bound0 = icmp ult ptr %y_pre, %scevgep923
  %bound1 = icmp ugt ptr %scevgep, %target
  %found.conflict = and i1 %bound0, %bound1
  br i1 %found.conflict, label %i.body83.preheader998, label %vector.ph927

vector.ph927:                                     ; preds = %vector.memcheck
  %n.vec929 = and i64 %n, -8
  %broadcast.splatinsert = insertelement <8 x float> poison, float %389, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body931

vector.body931:                                   ; preds = %vector.body931, %vector.ph927
  %index932 = phi i64 [ 0, %vector.ph927 ], [ %index.next935, %vector.body931 ]
  %393 = getelementptr inbounds float, ptr %d_y_pre, i64 %index932
  %394 = getelementptr inbounds float, ptr %y_pre, i64 %index932
  %wide.load933 = load <8 x float>, ptr %394, align 32, !alias.scope !8, !noalias !11
  %395 = fneg <8 x float> %wide.load933
  %396 = tail call <8 x float> @llvm.exp.v8f32(<8 x float> %395)
  %397 = fadd <8 x float> %396, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %398 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %397
  %399 = getelementptr inbounds float, ptr %target, i64 %index932
  %wide.load934 = load <8 x float>, ptr %399, align 4, !alias.scope !11
  %400 = fsub <8 x float> %398, %wide.load934
  %401 = fmul <8 x float> %broadcast.splat, %400
  store <8 x float> %401, ptr %393, align 32, !alias.scope !8, !noalias !11
  %index.next935 = add nuw i64 %index932, 8
  %402 = icmp eq i64 %index.next935, %n.vec929
  br i1 %402, label %middle.block924, label %vector.body931, !llvm.loop !13

middle.block924:                                  ; preds = %vector.body931
  %cmp.n936 = icmp eq i64 %n.vec929, %n
  br i1 %cmp.n936, label %j.body95.preheader, label %i.body83.preheader998

j.body95.preheader:                               ; preds = %i.body83, %middle.block924
  br label %j.body95

i.body83:                                         ; preds = %i.body83.preheader998, %i.body83
  %i81.0697 = phi i64 [ %414, %i.body83 ], [ %i81.0697.ph, %i.body83.preheader998 ]
  %403 = getelementptr inbounds float, ptr %d_y_pre, i64 %i81.0697
  %404 = getelementptr inbounds float, ptr %y_pre, i64 %i81.0697
  %405 = load float, ptr %404, align 4
  %406 = fneg float %405
  %407 = tail call float @llvm.exp.f32(float %406)
  %408 = fadd float %407, 1.000000e+00
  %409 = fdiv float 1.000000e+00, %408
  %410 = getelementptr inbounds float, ptr %target, i64 %i81.0697
  %411 = load float, ptr %410, align 4
  %412 = fsub float %409, %411
  %413 = fmul float %389, %412
  store float %413, ptr %403, align 4
  %414 = add nuw nsw i64 %i81.0697, 1
  %exitcond801.not = icmp eq i64 %414, %n
  br i1 %exitcond801.not, label %j.body95.preheader, label %i.body83, !llvm.loop !14

j.cond100.preheader:                              ; preds = %j.body95, %i.end85.thread
  %storemerge = phi float [ 0.000000e+00, %i.end85.thread ], [ %419, %j.body95 ]
  store float %storemerge, ptr %d_y_bias, align 64
  %415 = and i64 %n, -8
  %.not750 = icmp eq i64 %415, 0
  %.not751 = icmp eq i64 %415, %n
  br label %i0.cond106.preheader

j.body95:                                         ; preds = %j.body95.preheader, %j.body95
  %416 = phi float [ %419, %j.body95 ], [ 0.000000e+00, %j.body95.preheader ]
  %i87.0698 = phi i64 [ %420, %j.body95 ], [ 0, %j.body95.preheader ]
  %417 = getelementptr inbounds float, ptr %d_y_pre, i64 %i87.0698
  %418 = load float, ptr %417, align 4
  %419 = fadd float %416, %418
  %420 = add nuw nsw i64 %i87.0698, 1
  %exitcond802.not = icmp eq i64 %420, %n
  br i1 %exitcond802.not, label %j.cond100.preheader, label %j.body95

i0.cond106.preheader:                             ; preds = %j.cond100.preheader, %i.end121
  %j99.0712 = phi i64 [ 0, %j.cond100.preheader ], [ %480, %i.end121 ]
  br i1 %.not750, label %i.cond118.preheader, label %k.cond112.preheader.lr.ph

k.cond112.preheader.lr.ph:                        ; preds = %i0.cond106.preheader
  %421 = getelementptr inbounds float, ptr %y_weight, i64 %j99.0712
  br label %k.cond112.preheader

i.cond118.preheader:                              ; preds = %k.cond112.preheader, %i0.cond106.preheader
  br i1 %.not751, label %i.end121, label %k.cond125.preheader.lr.ph

k.cond125.preheader.lr.ph:                        ; preds = %i.cond118.preheader
  %422 = getelementptr inbounds float, ptr %y_weight, i64 %j99.0712
  %invariant.gep855 = getelementptr float, ptr %y_pre, i64 %j99.0712
  br label %k.cond125.preheader

k.cond112.preheader:                              ; preds = %k.cond112.preheader.lr.ph, %k.cond112.preheader
  %i0105.0708 = phi i64 [ 0, %k.cond112.preheader.lr.ph ], [ %472, %k.cond112.preheader ]
  %423 = load float, ptr %421, align 4
  %424 = getelementptr inbounds float, ptr %d_y_pre, i64 %i0105.0708
  %425 = load float, ptr %424, align 32
  %426 = or disjoint i64 %i0105.0708, 1
  %427 = getelementptr inbounds float, ptr %d_y_pre, i64 %426
  %428 = load float, ptr %427, align 4
  %429 = or disjoint i64 %i0105.0708, 2
  %430 = getelementptr inbounds float, ptr %d_y_pre, i64 %429
  %431 = load float, ptr %430, align 8
  %432 = or disjoint i64 %i0105.0708, 3
  %433 = getelementptr inbounds float, ptr %d_y_pre, i64 %432
  %434 = load float, ptr %433, align 4
  %435 = or disjoint i64 %i0105.0708, 4
  %436 = getelementptr inbounds float, ptr %d_y_pre, i64 %435
  %437 = load float, ptr %436, align 16
  %438 = or disjoint i64 %i0105.0708, 5
  %439 = getelementptr inbounds float, ptr %d_y_pre, i64 %438
  %440 = load float, ptr %439, align 4
  %441 = or disjoint i64 %i0105.0708, 6
  %442 = getelementptr inbounds float, ptr %d_y_pre, i64 %441
  %443 = load float, ptr %442, align 8
  %444 = or disjoint i64 %i0105.0708, 7
  %445 = getelementptr inbounds float, ptr %d_y_pre, i64 %444
  %446 = load float, ptr %445, align 4
  %447 = tail call float @llvm.fmuladd.f32(float %425, float %423, float 0.000000e+00)
  %448 = tail call float @llvm.fmuladd.f32(float %428, float %423, float 0.000000e+00)
  %449 = tail call float @llvm.fmuladd.f32(float %431, float %423, float 0.000000e+00)
  %450 = tail call float @llvm.fmuladd.f32(float %434, float %423, float 0.000000e+00)
  %451 = tail call float @llvm.fmuladd.f32(float %437, float %423, float 0.000000e+00)
  %452 = tail call float @llvm.fmuladd.f32(float %440, float %423, float 0.000000e+00)
  %453 = tail call float @llvm.fmuladd.f32(float %443, float %423, float 0.000000e+00)
  %454 = tail call float @llvm.fmuladd.f32(float %446, float %423, float 0.000000e+00)
  %455 = shl nuw nsw i64 %i0105.0708, 3
  %456 = add nuw nsw i64 %455, %j99.0712
  %457 = getelementptr inbounds float, ptr %y_pre, i64 %456
  store float %447, ptr %457, align 4
  %458 = or disjoint i64 %456, 8
  %459 = getelementptr inbounds float, ptr %y_pre, i64 %458
  store float %448, ptr %459, align 4
  %460 = or disjoint i64 %456, 16
  %461 = getelementptr inbounds float, ptr %y_pre, i64 %460
  store float %449, ptr %461, align 4
  %462 = or disjoint i64 %456, 24
  %463 = getelementptr inbounds float, ptr %y_pre, i64 %462
  store float %450, ptr %463, align 4
  %464 = or disjoint i64 %456, 32
  %465 = getelementptr inbounds float, ptr %y_pre, i64 %464
  store float %451, ptr %465, align 4
  %466 = or disjoint i64 %456, 40
  %467 = getelementptr inbounds float, ptr %y_pre, i64 %466
  store float %452, ptr %467, align 4
  %468 = or disjoint i64 %456, 48
  %469 = getelementptr inbounds float, ptr %y_pre, i64 %468
  store float %453, ptr %469, align 4
  %470 = or disjoint i64 %456, 56
  %471 = getelementptr inbounds float, ptr %y_pre, i64 %470
  store float %454, ptr %471, align 4
  %472 = add nuw nsw i64 %i0105.0708, 8
  %473 = icmp ult i64 %472, %415
  br i1 %473, label %k.cond112.preheader, label %i.cond118.preheader

k.cond125.preheader:                              ; preds = %k.cond125.preheader.lr.ph, %k.cond125.preheader
  %i117.0711 = phi i64 [ %415, %k.cond125.preheader.lr.ph ], [ %478, %k.cond125.preheader ]
  %474 = load float, ptr %422, align 4
  %475 = getelementptr inbounds float, ptr %d_y_pre, i64 %i117.0711
  %476 = load float, ptr %475, align 4
  %477 = tail call float @llvm.fmuladd.f32(float %476, float %474, float 0.000000e+00)
  %.idx752 = shl nsw i64 %i117.0711, 5
  %gep856 = getelementptr i8, ptr %invariant.gep855, i64 %.idx752
  store float %477, ptr %gep856, align 4
  %478 = add nuw nsw i64 %i117.0711, 1
  %479 = icmp ult i64 %478, %n
  br i1 %479, label %k.cond125.preheader, label %i.end121

i.end121:                                         ; preds = %k.cond125.preheader, %i.cond118.preheader
  %480 = add nuw nsw i64 %j99.0712, 1
  %exitcond803.not = icmp eq i64 %480, 8
  br i1 %exitcond803.not, label %k.cond145.preheader, label %i0.cond106.preheader

k.cond145.preheader:                              ; preds = %i.end121, %k.cond145.preheader.backedge
  %j131.0716 = phi i64 [ %j131.0716.be, %k.cond145.preheader.backedge ], [ 0, %i.end121 ]
  br i1 %.not745, label %k.end148.thread, label %k.body146.preheader

k.body146.preheader:                              ; preds = %k.cond145.preheader
  %invariant.gep857 = getelementptr float, ptr %h, i64 %j131.0716
  br label %k.body146

i.body153.preheader:                              ; preds = %k.end148
  %481 = shl i64 %n, 3
  %umax = tail call i64 @llvm.umax.i64(i64 %481, i64 1)
  %min.iters.check939 = icmp eq i64 %481, 0
  br i1 %min.iters.check939, label %i.body153.preheader995, label %vector.ph940

i.body153.preheader995:                           ; preds = %middle.block937, %i.body153.preheader
  %i151.0717.ph = phi i64 [ 0, %i.body153.preheader ], [ %n.vec942, %middle.block937 ]
  br label %i.body153

vector.ph940:                                     ; preds = %i.body153.preheader
  %n.vec942 = and i64 %umax, -8
  br label %vector.body944

vector.body944:                                   ; preds = %vector.body944, %vector.ph940
  %index945 = phi i64 [ 0, %vector.ph940 ], [ %index.next948, %vector.body944 ]
  %482 = getelementptr inbounds float, ptr %d_y_pre, i64 %index945
  %483 = getelementptr inbounds float, ptr %y_pre, i64 %index945
  %wide.load946 = load <8 x float>, ptr %483, align 32
  %484 = getelementptr inbounds float, ptr %h, i64 %index945
  %wide.load947 = load <8 x float>, ptr %484, align 32
  %485 = fmul <8 x float> %wide.load947, %wide.load947
  %486 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %485
  %487 = fmul <8 x float> %wide.load946, %486
  store <8 x float> %487, ptr %482, align 32
  %index.next948 = add nuw i64 %index945, 8
  %488 = icmp eq i64 %index.next948, %n.vec942
  br i1 %488, label %middle.block937, label %vector.body944, !llvm.loop !15

middle.block937:                                  ; preds = %vector.body944
  %cmp.n949 = icmp eq i64 %481, %n.vec942
  br i1 %cmp.n949, label %i.end155, label %i.body153.preheader995

k.body146:                                        ; preds = %k.body146.preheader, %k.body146
  %k144.0714 = phi i64 [ %493, %k.body146 ], [ 0, %k.body146.preheader ]
  %s0143.0713 = phi float [ %492, %k.body146 ], [ 0.000000e+00, %k.body146.preheader ]
  %.idx754 = shl nsw i64 %k144.0714, 5
  %gep858 = getelementptr i8, ptr %invariant.gep857, i64 %.idx754
  %489 = load float, ptr %gep858, align 4
  %490 = getelementptr inbounds float, ptr %d_y_pre, i64 %k144.0714
  %491 = load float, ptr %490, align 4
  %492 = tail call float @llvm.fmuladd.f32(float %491, float %489, float %s0143.0713)
  %493 = add nuw nsw i64 %k144.0714, 1
  %exitcond804.not = icmp eq i64 %493, %n
  br i1 %exitcond804.not, label %k.end148, label %k.body146

k.end148:                                         ; preds = %k.body146
  %494 = getelementptr inbounds float, ptr %d_y_weight, i64 %j131.0716
  store float %492, ptr %494, align 4
  %495 = add nuw nsw i64 %j131.0716, 1
  %exitcond805.not = icmp eq i64 %495, 8
  br i1 %exitcond805.not, label %i.body153.preheader, label %k.cond145.preheader.backedge

k.cond145.preheader.backedge:                     ; preds = %k.end148, %k.end148.thread
  %j131.0716.be = phi i64 [ %495, %k.end148 ], [ %497, %k.end148.thread ]
  br label %k.cond145.preheader

k.end148.thread:                                  ; preds = %k.cond145.preheader
  %496 = getelementptr inbounds float, ptr %d_y_weight, i64 %j131.0716
  store float 0.000000e+00, ptr %496, align 4
  %497 = add nuw nsw i64 %j131.0716, 1
  %exitcond805.not816 = icmp eq i64 %497, 8
  br i1 %exitcond805.not816, label %i.end155.thread, label %k.cond145.preheader.backedge

i.body153:                                        ; preds = %i.body153.preheader995, %i.body153
  %i151.0717 = phi i64 [ %506, %i.body153 ], [ %i151.0717.ph, %i.body153.preheader995 ]
  %498 = getelementptr inbounds float, ptr %d_y_pre, i64 %i151.0717
  %499 = getelementptr inbounds float, ptr %y_pre, i64 %i151.0717
  %500 = load float, ptr %499, align 4
  %501 = getelementptr inbounds float, ptr %h, i64 %i151.0717
  %502 = load float, ptr %501, align 4
  %503 = fmul float %502, %502
  %504 = fsub float 1.000000e+00, %503
  %505 = fmul float %500, %504
  store float %505, ptr %498, align 4
  %506 = add nuw nsw i64 %i151.0717, 1
  %exitcond806.not = icmp eq i64 %506, %umax
  br i1 %exitcond806.not, label %i.end155, label %i.body153, !llvm.loop !16

i.end155.thread:                                  ; preds = %k.end148.thread
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 64 dereferenceable(32) %d_h_bias, i8 0, i64 32, i1 false)
  br label %k.cond190.preheader.preheader

i.end155:                                         ; preds = %i.body153, %middle.block937
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 64 dereferenceable(32) %d_h_bias, i8 0, i64 32, i1 false)
  br i1 %.not745, label %k.cond190.preheader.preheader, label %j.cond164.preheader

j.cond164.preheader:                              ; preds = %i.end155, %j.end167
  %i157.0719 = phi i64 [ %512, %j.end167 ], [ 0, %i.end155 ]
  %.idx757 = shl nsw i64 %i157.0719, 5
  %invariant.gep859 = getelementptr inbounds i8, ptr %d_y_pre, i64 %.idx757
  br label %j.body165

j.body165:                                        ; preds = %j.cond164.preheader, %j.body165
  %j163.0718 = phi i64 [ 0, %j.cond164.preheader ], [ %511, %j.body165 ]
  %507 = getelementptr inbounds float, ptr %d_h_bias, i64 %j163.0718
  %508 = load float, ptr %507, align 4
  %gep860 = getelementptr inbounds float, ptr %invariant.gep859, i64 %j163.0718
  %509 = load float, ptr %gep860, align 4
  %510 = fadd float %508, %509
  store float %510, ptr %507, align 4
  %511 = add nuw nsw i64 %j163.0718, 1
  %exitcond807.not = icmp eq i64 %511, 8
  br i1 %exitcond807.not, label %j.end167, label %j.body165

j.end167:                                         ; preds = %j.body165
  %512 = add nuw nsw i64 %i157.0719, 1
  %exitcond808.not = icmp eq i64 %512, %n
  br i1 %exitcond808.not, label %k.cond190.preheader.preheader, label %j.cond164.preheader

k.cond190.preheader.preheader:                    ; preds = %j.end167, %i.end155.thread, %i.end155
  br label %k.cond190.preheader

k.cond190.preheader:                              ; preds = %k.cond190.preheader.preheader, %k.end193
  %513 = phi i1 [ false, %k.end193 ], [ true, %k.cond190.preheader.preheader ]
  %j169.0737 = phi i64 [ 1, %k.end193 ], [ 0, %k.cond190.preheader.preheader ]
  br i1 %.not745, label %k.end193, label %k.body191.preheader

k.body191.preheader:                              ; preds = %k.cond190.preheader
  %invariant.gep861 = getelementptr inbounds float, ptr %x, i64 %j169.0737
  br label %k.body191

j.end173:                                         ; preds = %k.end193
  %514 = load float, ptr %train_step, align 64
  %515 = fadd float %514, 1.000000e+00
  store float %515, ptr %train_step, align 64
  %516 = tail call float @llvm.pow.f32(float 0x3FEFF7CEE0000000, float %515)
  %517 = fsub float 1.000000e+00, %516
  %518 = tail call float @llvm.sqrt.f32(float %517)
  %519 = tail call float @llvm.pow.f32(float 0x3FECCCCCC0000000, float %515)
  %520 = fsub float 1.000000e+00, %519
  %521 = fdiv float 0x3FA99999A0000000, %520
  %broadcast.splatinsert960 = insertelement <8 x float> poison, float %521, i64 0
  %broadcast.splat961 = shufflevector <8 x float> %broadcast.splatinsert960, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert962 = insertelement <8 x float> poison, float %518, i64 0
  %broadcast.splat963 = shufflevector <8 x float> %broadcast.splatinsert962, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body954

vector.body954:                                   ; preds = %vector.body954, %j.end173
  %index955 = phi i64 [ 0, %j.end173 ], [ %index.next964, %vector.body954 ]
  %522 = getelementptr inbounds float, ptr %d_h_weight, i64 %index955
  %wide.load956 = load <8 x float>, ptr %522, align 32
  %523 = getelementptr inbounds float, ptr %train_h_weight_exp_avg, i64 %index955
  %wide.load957 = load <8 x float>, ptr %523, align 32
  %524 = fmul <8 x float> %wide.load957, <float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000>
  %525 = fmul <8 x float> %wide.load956, <float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000>
  %526 = fadd <8 x float> %525, %524
  store <8 x float> %526, ptr %523, align 32
  %527 = getelementptr inbounds float, ptr %train_h_weight_exp_avg_sq, i64 %index955
  %wide.load958 = load <8 x float>, ptr %527, align 32
  %528 = fmul <8 x float> %wide.load958, <float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000>
  %529 = fmul <8 x float> %wide.load956, <float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000>
  %530 = fmul <8 x float> %wide.load956, %529
  %531 = fadd <8 x float> %530, %528
  store <8 x float> %531, ptr %527, align 32
  %532 = getelementptr inbounds float, ptr %ws, i64 %index955
  %wide.load959 = load <8 x float>, ptr %532, align 32
  %533 = fmul <8 x float> %broadcast.splat961, %526
  %534 = tail call <8 x float> @llvm.sqrt.v8f32(<8 x float> %531)
  %535 = fdiv <8 x float> %534, %broadcast.splat963
  %536 = fadd <8 x float> %535, <float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000>
  %537 = fdiv <8 x float> %533, %536
  %538 = fsub <8 x float> %wide.load959, %537
  store <8 x float> %538, ptr %532, align 32
  %index.next964 = add nuw i64 %index955, 8
  %539 = icmp eq i64 %index.next964, 16
  br i1 %539, label %vector.ph967, label %vector.body954, !llvm.loop !17

k.body191:                                        ; preds = %k.body191.preheader, %k.body191
  %k189.0728 = phi i64 [ %547, %k.body191 ], [ 0, %k.body191.preheader ]
  %540 = phi <8 x float> [ %546, %k.body191 ], [ zeroinitializer, %k.body191.preheader ]
  %.idx759 = shl nsw i64 %k189.0728, 3
  %gep862 = getelementptr inbounds i8, ptr %invariant.gep861, i64 %.idx759
  %541 = load float, ptr %gep862, align 4
  %542 = getelementptr inbounds float, ptr %d_y_pre, i64 %.idx759
  %543 = load <8 x float>, ptr %542, align 32
  %544 = insertelement <8 x float> poison, float %541, i64 0
  %545 = shufflevector <8 x float> %544, <8 x float> poison, <8 x i32> zeroinitializer
  %546 = tail call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %543, <8 x float> %545, <8 x float> %540)
  %547 = add nuw nsw i64 %k189.0728, 1
  %exitcond809.not = icmp eq i64 %547, %n
  br i1 %exitcond809.not, label %k.end193, label %k.body191

k.end193:                                         ; preds = %k.body191, %k.cond190.preheader
  %548 = phi <8 x float> [ zeroinitializer, %k.cond190.preheader ], [ %546, %k.body191 ]
  %549 = getelementptr inbounds float, ptr %d_h_weight, i64 %j169.0737
  %550 = extractelement <8 x float> %548, i64 0
  store float %550, ptr %549, align 4
  %551 = or disjoint i64 %j169.0737, 2
  %552 = getelementptr inbounds float, ptr %d_h_weight, i64 %551
  %553 = extractelement <8 x float> %548, i64 1
  store float %553, ptr %552, align 4
  %554 = or disjoint i64 %j169.0737, 4
  %555 = getelementptr inbounds float, ptr %d_h_weight, i64 %554
  %556 = extractelement <8 x float> %548, i64 2
  store float %556, ptr %555, align 4
  %557 = or disjoint i64 %j169.0737, 6
  %558 = getelementptr inbounds float, ptr %d_h_weight, i64 %557
  %559 = extractelement <8 x float> %548, i64 3
  store float %559, ptr %558, align 4
  %560 = or disjoint i64 %j169.0737, 8
  %561 = getelementptr inbounds float, ptr %d_h_weight, i64 %560
  %562 = extractelement <8 x float> %548, i64 4
  store float %562, ptr %561, align 4
  %563 = or disjoint i64 %j169.0737, 10
  %564 = getelementptr inbounds float, ptr %d_h_weight, i64 %563
  %565 = extractelement <8 x float> %548, i64 5
  store float %565, ptr %564, align 4
  %566 = or disjoint i64 %j169.0737, 12
  %567 = getelementptr inbounds float, ptr %d_h_weight, i64 %566
  %568 = extractelement <8 x float> %548, i64 6
  store float %568, ptr %567, align 4
  %569 = or disjoint i64 %j169.0737, 14
  %570 = getelementptr inbounds float, ptr %d_h_weight, i64 %569
  %571 = extractelement <8 x float> %548, i64 7
  store float %571, ptr %570, align 4
  br i1 %513, label %k.cond190.preheader, label %j.end173

vector.ph967:                                     ; preds = %vector.body954
  %train_y_weight_exp_avg_sq = getelementptr inbounds i8, ptr %ws, i64 640
  %train_y_weight_exp_avg = getelementptr inbounds i8, ptr %ws, i64 576
  %train_h_bias_exp_avg_sq = getelementptr inbounds i8, ptr %ws, i64 512
  %train_h_bias_exp_avg = getelementptr inbounds i8, ptr %ws, i64 448
  %572 = load float, ptr %train_step, align 64
  %573 = tail call float @llvm.pow.f32(float 0x3FEFF7CEE0000000, float %572)
  %574 = fsub float 1.000000e+00, %573
  %575 = tail call float @llvm.sqrt.f32(float %574)
  %576 = tail call float @llvm.pow.f32(float 0x3FECCCCCC0000000, float %572)
  %577 = fsub float 1.000000e+00, %576
  %578 = fdiv float 0x3FA99999A0000000, %577
  %broadcast.splatinsert975 = insertelement <8 x float> poison, float %578, i64 0
  %broadcast.splat976 = shufflevector <8 x float> %broadcast.splatinsert975, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert977 = insertelement <8 x float> poison, float %575, i64 0
  %broadcast.splat978 = shufflevector <8 x float> %broadcast.splatinsert977, <8 x float> poison, <8 x i32> zeroinitializer
  %wide.load971 = load <8 x float>, ptr %d_h_bias, align 64
  %wide.load972 = load <8 x float>, ptr %train_h_bias_exp_avg, align 64
  %579 = fmul <8 x float> %wide.load972, <float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000>
  %580 = fmul <8 x float> %wide.load971, <float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000>
  %581 = fadd <8 x float> %580, %579
  store <8 x float> %581, ptr %train_h_bias_exp_avg, align 64
  %wide.load973 = load <8 x float>, ptr %train_h_bias_exp_avg_sq, align 64
  %582 = fmul <8 x float> %wide.load973, <float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000>
  %583 = fmul <8 x float> %wide.load971, <float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000>
  %584 = fmul <8 x float> %wide.load971, %583
  %585 = fadd <8 x float> %584, %582
  store <8 x float> %585, ptr %train_h_bias_exp_avg_sq, align 64
  %wide.load974 = load <8 x float>, ptr %h_bias, align 64
  %586 = fmul <8 x float> %broadcast.splat976, %581
  %587 = tail call <8 x float> @llvm.sqrt.v8f32(<8 x float> %585)
  %588 = fdiv <8 x float> %587, %broadcast.splat978
  %589 = fadd <8 x float> %588, <float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000>
  %590 = fdiv <8 x float> %586, %589
  %591 = fsub <8 x float> %wide.load974, %590
  store <8 x float> %591, ptr %h_bias, align 64
  %592 = load float, ptr %train_step, align 64
  %593 = tail call float @llvm.pow.f32(float 0x3FEFF7CEE0000000, float %592)
  %594 = fsub float 1.000000e+00, %593
  %595 = tail call float @llvm.sqrt.f32(float %594)
  %596 = tail call float @llvm.pow.f32(float 0x3FECCCCCC0000000, float %592)
  %597 = fsub float 1.000000e+00, %596
  %598 = fdiv float 0x3FA99999A0000000, %597
  %broadcast.splatinsert990 = insertelement <8 x float> poison, float %598, i64 0
  %broadcast.splat991 = shufflevector <8 x float> %broadcast.splatinsert990, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert992 = insertelement <8 x float> poison, float %595, i64 0
  %broadcast.splat993 = shufflevector <8 x float> %broadcast.splatinsert992, <8 x float> poison, <8 x i32> zeroinitializer
  %wide.load986 = load <8 x float>, ptr %d_y_weight, align 64
  %wide.load987 = load <8 x float>, ptr %train_y_weight_exp_avg, align 64
  %599 = fmul <8 x float> %wide.load987, <float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000>
  %600 = fmul <8 x float> %wide.load986, <float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000>
  %601 = fadd <8 x float> %600, %599
  store <8 x float> %601, ptr %train_y_weight_exp_avg, align 64
  %wide.load988 = load <8 x float>, ptr %train_y_weight_exp_avg_sq, align 64
  %602 = fmul <8 x float> %wide.load988, <float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000>
  %603 = fmul <8 x float> %wide.load986, <float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000>
  %604 = fmul <8 x float> %wide.load986, %603
  %605 = fadd <8 x float> %604, %602
  store <8 x float> %605, ptr %train_y_weight_exp_avg_sq, align 64
  %wide.load989 = load <8 x float>, ptr %y_weight, align 64
  %606 = fmul <8 x float> %broadcast.splat991, %601
  %607 = tail call <8 x float> @llvm.sqrt.v8f32(<8 x float> %605)
  %608 = fdiv <8 x float> %607, %broadcast.splat993
  %609 = fadd <8 x float> %608, <float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000>
  %610 = fdiv <8 x float> %606, %609
  %611 = fsub <8 x float> %wide.load989, %610
  store <8 x float> %611, ptr %y_weight, align 64
  %train_y_bias_exp_avg_sq = getelementptr inbounds i8, ptr %ws, i64 768
  %train_y_bias_exp_avg = getelementptr inbounds i8, ptr %ws, i64 704
  %612 = load float, ptr %train_step, align 64
  %613 = tail call float @llvm.pow.f32(float 0x3FECCCCCC0000000, float %612)
  %614 = fsub float 1.000000e+00, %613
  %615 = tail call float @llvm.pow.f32(float 0x3FEFF7CEE0000000, float %612)
  %616 = fsub float 1.000000e+00, %615
  %617 = fdiv float 0x3FA99999A0000000, %614
  %618 = tail call float @llvm.sqrt.f32(float %616)
  %619 = load float, ptr %d_y_bias, align 64
  %620 = load float, ptr %train_y_bias_exp_avg, align 64
  %621 = fmul float %620, 0x3FECCCCCC0000000
  %622 = fmul float %619, 0x3FB99999A0000000
  %623 = fadd float %622, %621
  store float %623, ptr %train_y_bias_exp_avg, align 64
  %624 = load float, ptr %train_y_bias_exp_avg_sq, align 64
  %625 = fmul float %624, 0x3FEFF7CEE0000000
  %626 = fmul float %619, 0x3F50624DE0000000
  %627 = fmul float %619, %626
  %628 = fadd float %627, %625
  store float %628, ptr %train_y_bias_exp_avg_sq, align 64
  %629 = load float, ptr %y_bias, align 64
  %630 = fmul float %617, %623
  %631 = tail call float @llvm.sqrt.f32(float %628)
  %632 = fdiv float %631, %618
  %633 = fadd float %632, 0x3E45798EE0000000
  %634 = fdiv float %630, %633
  %635 = fsub float %629, %634
  store float %635, ptr %y_bias, align 64
  %636 = load float, ptr %loss, align 64
  ret float %636
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare float @log1pf(float) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.pow.f32(float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #1

; Function Attrs: nofree nounwind memory(write, argmem: readwrite)
define internal float @xor_eval_batch(ptr align 64 %ws, ptr nocapture readonly %x, ptr nocapture readonly %target, i64 %n, ptr nocapture writeonly %correct) #2 {
entry:
  %h_bias = getelementptr inbounds i8, ptr %ws, i64 64
  %y_weight = getelementptr inbounds i8, ptr %ws, i64 128
  %y_bias = getelementptr inbounds i8, ptr %ws, i64 192
  %h = getelementptr inbounds i8, ptr %ws, i64 1088
  %y_pre = getelementptr inbounds i8, ptr %ws, i64 1216
  %y = getelementptr inbounds i8, ptr %ws, i64 1472
  %loss = getelementptr inbounds i8, ptr %ws, i64 1536
  %0 = and i64 %n, -4
  %.not = icmp eq i64 %0, 0
  br i1 %.not, label %j0.end, label %i0.cond.preheader.us

i0.cond.preheader.us:                             ; preds = %entry, %i0.cond.i0.end_crit_edge.us
  %1 = phi i1 [ false, %i0.cond.i0.end_crit_edge.us ], [ true, %entry ]
  %j0.0334.us = phi i64 [ 4, %i0.cond.i0.end_crit_edge.us ], [ 0, %entry ]
  %2 = shl nuw nsw i64 %j0.0334.us, 1
  %3 = getelementptr inbounds float, ptr %h_bias, i64 %j0.0334.us
  br label %k.cond.preheader.us

k.end.us:                                         ; preds = %k.body.us
  %4 = shl nuw nsw i64 %i0.0333.us, 3
  %5 = or disjoint i64 %4, %j0.0334.us
  %6 = getelementptr inbounds float, ptr %h, i64 %5
  %7 = load <4 x float>, ptr %3, align 16
  %8 = fadd <4 x float> %137, %7
  %9 = fcmp olt <4 x float> %8, <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>
  %10 = select <4 x i1> %9, <4 x float> <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>, <4 x float> %8
  %11 = fcmp ogt <4 x float> %8, <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>
  %12 = select <4 x i1> %11, <4 x float> <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>, <4 x float> %10
  %13 = fmul <4 x float> %12, %12
  %14 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %13, <4 x float> <float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000>, <4 x float> <float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000>)
  %15 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %14, <4 x float> %13, <4 x float> <float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000>)
  %16 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %15, <4 x float> %13, <4 x float> <float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000>)
  %17 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %16, <4 x float> %13, <4 x float> <float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000>)
  %18 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %17, <4 x float> %13, <4 x float> <float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000>)
  %19 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %18, <4 x float> %13, <4 x float> <float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000>)
  %20 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %13, <4 x float> <float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000>, <4 x float> <float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000>)
  %21 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %20, <4 x float> %13, <4 x float> <float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000>)
  %22 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %21, <4 x float> %13, <4 x float> <float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000>)
  %23 = fmul <4 x float> %12, %19
  %24 = fdiv <4 x float> %23, %22
  %25 = tail call <4 x float> @llvm.fabs.v4f32(<4 x float> %8)
  %26 = fcmp olt <4 x float> %25, <float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000>
  %27 = select <4 x i1> %26, <4 x float> %8, <4 x float> %24
  store <4 x float> %27, ptr %6, align 16
  %28 = or disjoint i64 %4, %j0.0334.us
  %29 = or disjoint i64 %28, 8
  %30 = getelementptr inbounds float, ptr %h, i64 %29
  %31 = load <4 x float>, ptr %3, align 16
  %32 = fadd <4 x float> %140, %31
  %33 = fcmp olt <4 x float> %32, <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>
  %34 = select <4 x i1> %33, <4 x float> <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>, <4 x float> %32
  %35 = fcmp ogt <4 x float> %32, <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>
  %36 = select <4 x i1> %35, <4 x float> <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>, <4 x float> %34
  %37 = fmul <4 x float> %36, %36
  %38 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %37, <4 x float> <float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000>, <4 x float> <float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000>)
  %39 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %38, <4 x float> %37, <4 x float> <float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000>)
  %40 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %39, <4 x float> %37, <4 x float> <float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000>)
  %41 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %40, <4 x float> %37, <4 x float> <float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000>)
  %42 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %41, <4 x float> %37, <4 x float> <float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000>)
  %43 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %42, <4 x float> %37, <4 x float> <float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000>)
  %44 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %37, <4 x float> <float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000>, <4 x float> <float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000>)
  %45 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %44, <4 x float> %37, <4 x float> <float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000>)
  %46 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %45, <4 x float> %37, <4 x float> <float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000>)
  %47 = fmul <4 x float> %36, %43
  %48 = fdiv <4 x float> %47, %46
  %49 = tail call <4 x float> @llvm.fabs.v4f32(<4 x float> %32)
  %50 = fcmp olt <4 x float> %49, <float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000>
  %51 = select <4 x i1> %50, <4 x float> %32, <4 x float> %48
  store <4 x float> %51, ptr %30, align 16
  %52 = or disjoint i64 %4, %j0.0334.us
  %53 = or disjoint i64 %52, 16
  %54 = getelementptr inbounds float, ptr %h, i64 %53
  %55 = load <4 x float>, ptr %3, align 16
  %56 = fadd <4 x float> %143, %55
  %57 = fcmp olt <4 x float> %56, <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>
  %58 = select <4 x i1> %57, <4 x float> <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>, <4 x float> %56
  %59 = fcmp ogt <4 x float> %56, <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>
  %60 = select <4 x i1> %59, <4 x float> <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>, <4 x float> %58
  %61 = fmul <4 x float> %60, %60
  %62 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %61, <4 x float> <float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000>, <4 x float> <float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000>)
  %63 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %62, <4 x float> %61, <4 x float> <float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000>)
  %64 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %63, <4 x float> %61, <4 x float> <float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000>)
  %65 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %64, <4 x float> %61, <4 x float> <float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000>)
  %66 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %65, <4 x float> %61, <4 x float> <float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000>)
  %67 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %66, <4 x float> %61, <4 x float> <float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000>)
  %68 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %61, <4 x float> <float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000>, <4 x float> <float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000>)
  %69 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %68, <4 x float> %61, <4 x float> <float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000>)
  %70 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %69, <4 x float> %61, <4 x float> <float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000>)
  %71 = fmul <4 x float> %60, %67
  %72 = fdiv <4 x float> %71, %70
  %73 = tail call <4 x float> @llvm.fabs.v4f32(<4 x float> %56)
  %74 = fcmp olt <4 x float> %73, <float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000>
  %75 = select <4 x i1> %74, <4 x float> %56, <4 x float> %72
  store <4 x float> %75, ptr %54, align 16
  %76 = or disjoint i64 %4, %j0.0334.us
  %77 = or disjoint i64 %76, 24
  %78 = getelementptr inbounds float, ptr %h, i64 %77
  %79 = load <4 x float>, ptr %3, align 16
  %80 = fadd <4 x float> %146, %79
  %81 = fcmp olt <4 x float> %80, <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>
  %82 = select <4 x i1> %81, <4 x float> <float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000, float 0xC01FFEC880000000>, <4 x float> %80
  %83 = fcmp ogt <4 x float> %80, <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>
  %84 = select <4 x i1> %83, <4 x float> <float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000, float 0x401FFEC880000000>, <4 x float> %82
  %85 = fmul <4 x float> %84, %84
  %86 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %85, <4 x float> <float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000, float 0xBCB3E4B800000000>, <4 x float> <float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000, float 0x3D4C266FC0000000>)
  %87 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %86, <4 x float> %85, <4 x float> <float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000, float 0xBDD7A6FFE0000000>)
  %88 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %87, <4 x float> %85, <4 x float> <float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000, float 0x3E6B800820000000>)
  %89 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %88, <4 x float> %85, <4 x float> <float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000, float 0x3EEF286940000000>)
  %90 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %89, <4 x float> %85, <4 x float> <float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000, float 0x3F44E1BDA0000000>)
  %91 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %90, <4 x float> %85, <4 x float> <float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000, float 0x3F740B3B80000000>)
  %92 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %85, <4 x float> <float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000, float 0x3EB41A7B00000000>, <4 x float> <float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000, float 0x3F1F12BAC0000000>)
  %93 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %92, <4 x float> %85, <4 x float> <float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000, float 0x3F629540A0000000>)
  %94 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %93, <4 x float> %85, <4 x float> <float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000, float 0x3F740B3BA0000000>)
  %95 = fmul <4 x float> %84, %91
  %96 = fdiv <4 x float> %95, %94
  %97 = tail call <4 x float> @llvm.fabs.v4f32(<4 x float> %80)
  %98 = fcmp olt <4 x float> %97, <float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000, float 0x3F3A36E2E0000000>
  %99 = select <4 x i1> %98, <4 x float> %80, <4 x float> %96
  store <4 x float> %99, ptr %78, align 16
  %100 = add nuw nsw i64 %i0.0333.us, 4
  %101 = icmp ult i64 %100, %0
  br i1 %101, label %k.cond.preheader.us, label %i0.cond.i0.end_crit_edge.us

k.body.us:                                        ; preds = %k.cond.preheader.us, %k.body.us
  %102 = phi i1 [ true, %k.cond.preheader.us ], [ false, %k.body.us ]
  %k.0324.us = phi i64 [ 0, %k.cond.preheader.us ], [ 1, %k.body.us ]
  %103 = phi <4 x float> [ zeroinitializer, %k.cond.preheader.us ], [ %137, %k.body.us ]
  %104 = phi <4 x float> [ zeroinitializer, %k.cond.preheader.us ], [ %140, %k.body.us ]
  %105 = phi <4 x float> [ zeroinitializer, %k.cond.preheader.us ], [ %143, %k.body.us ]
  %106 = phi <4 x float> [ zeroinitializer, %k.cond.preheader.us ], [ %146, %k.body.us ]
  %107 = or disjoint i64 %k.0324.us, %147
  %108 = getelementptr inbounds float, ptr %x, i64 %107
  %109 = load float, ptr %108, align 4
  %110 = or disjoint i64 %107, 2
  %111 = getelementptr inbounds float, ptr %x, i64 %110
  %112 = load float, ptr %111, align 4
  %113 = or disjoint i64 %107, 4
  %114 = getelementptr inbounds float, ptr %x, i64 %113
  %115 = load float, ptr %114, align 4
  %116 = or disjoint i64 %107, 6
  %117 = getelementptr inbounds float, ptr %x, i64 %116
  %118 = load float, ptr %117, align 4
  %119 = or disjoint i64 %k.0324.us, %2
  %120 = getelementptr inbounds float, ptr %ws, i64 %119
  %121 = load float, ptr %120, align 4
  %122 = or disjoint i64 %119, 2
  %123 = getelementptr inbounds float, ptr %ws, i64 %122
  %124 = load float, ptr %123, align 4
  %125 = or disjoint i64 %119, 4
  %126 = getelementptr inbounds float, ptr %ws, i64 %125
  %127 = load float, ptr %126, align 4
  %128 = or disjoint i64 %119, 6
  %129 = getelementptr inbounds float, ptr %ws, i64 %128
  %130 = load float, ptr %129, align 4
  %131 = insertelement <4 x float> poison, float %109, i64 0
  %132 = shufflevector <4 x float> %131, <4 x float> poison, <4 x i32> zeroinitializer
  %133 = insertelement <4 x float> poison, float %121, i64 0
  %134 = insertelement <4 x float> %133, float %124, i64 1
  %135 = insertelement <4 x float> %134, float %127, i64 2
  %136 = insertelement <4 x float> %135, float %130, i64 3
  %137 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %132, <4 x float> %136, <4 x float> %103)
  %138 = insertelement <4 x float> poison, float %112, i64 0
  %139 = shufflevector <4 x float> %138, <4 x float> poison, <4 x i32> zeroinitializer
  %140 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %139, <4 x float> %136, <4 x float> %104)
  %141 = insertelement <4 x float> poison, float %115, i64 0
  %142 = shufflevector <4 x float> %141, <4 x float> poison, <4 x i32> zeroinitializer
  %143 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %142, <4 x float> %136, <4 x float> %105)
  %144 = insertelement <4 x float> poison, float %118, i64 0
  %145 = shufflevector <4 x float> %144, <4 x float> poison, <4 x i32> zeroinitializer
  %146 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %145, <4 x float> %136, <4 x float> %106)
  br i1 %102, label %k.body.us, label %k.end.us

k.cond.preheader.us:                              ; preds = %i0.cond.preheader.us, %k.end.us
  %i0.0333.us = phi i64 [ 0, %i0.cond.preheader.us ], [ %100, %k.end.us ]
  %147 = shl nuw nsw i64 %i0.0333.us, 1
  br label %k.body.us

i0.cond.i0.end_crit_edge.us:                      ; preds = %k.end.us
  br i1 %1, label %i0.cond.preheader.us, label %j0.end

j0.end:                                           ; preds = %i0.cond.i0.end_crit_edge.us, %entry
  %.not357 = icmp eq i64 %0, %n
  br i1 %.not357, label %i0.cond24.preheader, label %j0.cond6.preheader

j0.cond6.preheader:                               ; preds = %j0.end, %j0.end9
  %i.0341 = phi i64 [ %151, %j0.end9 ], [ %0, %j0.end ]
  %148 = shl nsw i64 %i.0341, 3
  %invariant.gep = getelementptr i8, ptr %x, i64 %148
  br label %k.cond16.preheader

i0.cond24.preheader:                              ; preds = %j0.end9, %j0.end
  br i1 %.not, label %i.cond44.preheader, label %k.cond34.preheader

k.cond16.preheader:                               ; preds = %j0.cond6.preheader, %k.end19
  %149 = phi i1 [ true, %j0.cond6.preheader ], [ false, %k.end19 ]
  %j05.0340 = phi i64 [ 0, %j0.cond6.preheader ], [ 4, %k.end19 ]
  %150 = shl nuw nsw i64 %j05.0340, 1
  br label %k.body17

j0.end9:                                          ; preds = %k.end19
  %151 = add nuw nsw i64 %i.0341, 1
  %152 = icmp ult i64 %151, %n
  br i1 %152, label %j0.cond6.preheader, label %i0.cond24.preheader

k.body17:                                         ; preds = %k.cond16.preheader, %k.body17
  %153 = phi i1 [ true, %k.cond16.preheader ], [ false, %k.body17 ]
  %k15.0339 = phi i64 [ 0, %k.cond16.preheader ], [ 1, %k.body17 ]
  %s0_314.0338 = phi float [ 0.000000e+00, %k.cond16.preheader ], [ %170, %k.body17 ]
  %s0_213.0337 = phi float [ 0.000000e+00, %k.cond16.preheader ], [ %166, %k.body17 ]
  %s0_112.0336 = phi float [ 0.000000e+00, %k.cond16.preheader ], [ %162, %k.body17 ]
  %s0_011.0335 = phi float [ 0.000000e+00, %k.cond16.preheader ], [ %158, %k.body17 ]
  %gep = getelementptr float, ptr %invariant.gep, i64 %k15.0339
  %154 = load float, ptr %gep, align 4
  %155 = or disjoint i64 %k15.0339, %150
  %156 = getelementptr inbounds float, ptr %ws, i64 %155
  %157 = load float, ptr %156, align 4
  %158 = tail call float @llvm.fmuladd.f32(float %154, float %157, float %s0_011.0335)
  %159 = or disjoint i64 %155, 2
  %160 = getelementptr inbounds float, ptr %ws, i64 %159
  %161 = load float, ptr %160, align 4
  %162 = tail call float @llvm.fmuladd.f32(float %154, float %161, float %s0_112.0336)
  %163 = or disjoint i64 %155, 4
  %164 = getelementptr inbounds float, ptr %ws, i64 %163
  %165 = load float, ptr %164, align 4
  %166 = tail call float @llvm.fmuladd.f32(float %154, float %165, float %s0_213.0337)
  %167 = or disjoint i64 %155, 6
  %168 = getelementptr inbounds float, ptr %ws, i64 %167
  %169 = load float, ptr %168, align 4
  %170 = tail call float @llvm.fmuladd.f32(float %154, float %169, float %s0_314.0338)
  br i1 %153, label %k.body17, label %k.end19

k.end19:                                          ; preds = %k.body17
  %171 = getelementptr inbounds float, ptr %h_bias, i64 %j05.0340
  %172 = load float, ptr %171, align 16
  %173 = fadd float %158, %172
  %174 = or disjoint i64 %j05.0340, %148
  %175 = getelementptr inbounds float, ptr %h, i64 %174
  %176 = fcmp olt float %173, 0xC01FFEC880000000
  %177 = select i1 %176, float 0xC01FFEC880000000, float %173
  %178 = fcmp ogt float %173, 0x401FFEC880000000
  %179 = select i1 %178, float 0x401FFEC880000000, float %177
  %180 = fmul float %179, %179
  %181 = tail call float @llvm.fmuladd.f32(float %180, float 0xBCB3E4B800000000, float 0x3D4C266FC0000000)
  %182 = tail call float @llvm.fmuladd.f32(float %181, float %180, float 0xBDD7A6FFE0000000)
  %183 = tail call float @llvm.fmuladd.f32(float %182, float %180, float 0x3E6B800820000000)
  %184 = tail call float @llvm.fmuladd.f32(float %183, float %180, float 0x3EEF286940000000)
  %185 = tail call float @llvm.fmuladd.f32(float %184, float %180, float 0x3F44E1BDA0000000)
  %186 = tail call float @llvm.fmuladd.f32(float %185, float %180, float 0x3F740B3B80000000)
  %187 = tail call float @llvm.fmuladd.f32(float %180, float 0x3EB41A7B00000000, float 0x3F1F12BAC0000000)
  %188 = tail call float @llvm.fmuladd.f32(float %187, float %180, float 0x3F629540A0000000)
  %189 = tail call float @llvm.fmuladd.f32(float %188, float %180, float 0x3F740B3BA0000000)
  %190 = fmul float %179, %186
  %191 = fdiv float %190, %189
  %192 = tail call float @llvm.fabs.f32(float %173)
  %193 = fcmp olt float %192, 0x3F3A36E2E0000000
  %194 = select i1 %193, float %173, float %191
  store float %194, ptr %175, align 16
  %195 = or disjoint i64 %j05.0340, 1
  %196 = getelementptr inbounds float, ptr %h_bias, i64 %195
  %197 = load float, ptr %196, align 4
  %198 = fadd float %162, %197
  %199 = or disjoint i64 %195, %148
  %200 = getelementptr inbounds float, ptr %h, i64 %199
  %201 = fcmp olt float %198, 0xC01FFEC880000000
  %202 = select i1 %201, float 0xC01FFEC880000000, float %198
  %203 = fcmp ogt float %198, 0x401FFEC880000000
  %204 = select i1 %203, float 0x401FFEC880000000, float %202
  %205 = fmul float %204, %204
  %206 = tail call float @llvm.fmuladd.f32(float %205, float 0xBCB3E4B800000000, float 0x3D4C266FC0000000)
  %207 = tail call float @llvm.fmuladd.f32(float %206, float %205, float 0xBDD7A6FFE0000000)
  %208 = tail call float @llvm.fmuladd.f32(float %207, float %205, float 0x3E6B800820000000)
  %209 = tail call float @llvm.fmuladd.f32(float %208, float %205, float 0x3EEF286940000000)
  %210 = tail call float @llvm.fmuladd.f32(float %209, float %205, float 0x3F44E1BDA0000000)
  %211 = tail call float @llvm.fmuladd.f32(float %210, float %205, float 0x3F740B3B80000000)
  %212 = tail call float @llvm.fmuladd.f32(float %205, float 0x3EB41A7B00000000, float 0x3F1F12BAC0000000)
  %213 = tail call float @llvm.fmuladd.f32(float %212, float %205, float 0x3F629540A0000000)
  %214 = tail call float @llvm.fmuladd.f32(float %213, float %205, float 0x3F740B3BA0000000)
  %215 = fmul float %204, %211
  %216 = fdiv float %215, %214
  %217 = tail call float @llvm.fabs.f32(float %198)
  %218 = fcmp olt float %217, 0x3F3A36E2E0000000
  %219 = select i1 %218, float %198, float %216
  store float %219, ptr %200, align 4
  %220 = or disjoint i64 %j05.0340, 2
  %221 = getelementptr inbounds float, ptr %h_bias, i64 %220
  %222 = load float, ptr %221, align 8
  %223 = fadd float %166, %222
  %224 = or disjoint i64 %220, %148
  %225 = getelementptr inbounds float, ptr %h, i64 %224
  %226 = fcmp olt float %223, 0xC01FFEC880000000
  %227 = select i1 %226, float 0xC01FFEC880000000, float %223
  %228 = fcmp ogt float %223, 0x401FFEC880000000
  %229 = select i1 %228, float 0x401FFEC880000000, float %227
  %230 = fmul float %229, %229
  %231 = tail call float @llvm.fmuladd.f32(float %230, float 0xBCB3E4B800000000, float 0x3D4C266FC0000000)
  %232 = tail call float @llvm.fmuladd.f32(float %231, float %230, float 0xBDD7A6FFE0000000)
  %233 = tail call float @llvm.fmuladd.f32(float %232, float %230, float 0x3E6B800820000000)
  %234 = tail call float @llvm.fmuladd.f32(float %233, float %230, float 0x3EEF286940000000)
  %235 = tail call float @llvm.fmuladd.f32(float %234, float %230, float 0x3F44E1BDA0000000)
  %236 = tail call float @llvm.fmuladd.f32(float %235, float %230, float 0x3F740B3B80000000)
  %237 = tail call float @llvm.fmuladd.f32(float %230, float 0x3EB41A7B00000000, float 0x3F1F12BAC0000000)
  %238 = tail call float @llvm.fmuladd.f32(float %237, float %230, float 0x3F629540A0000000)
  %239 = tail call float @llvm.fmuladd.f32(float %238, float %230, float 0x3F740B3BA0000000)
  %240 = fmul float %229, %236
  %241 = fdiv float %240, %239
  %242 = tail call float @llvm.fabs.f32(float %223)
  %243 = fcmp olt float %242, 0x3F3A36E2E0000000
  %244 = select i1 %243, float %223, float %241
  store float %244, ptr %225, align 8
  %245 = or disjoint i64 %j05.0340, 3
  %246 = getelementptr inbounds float, ptr %h_bias, i64 %245
  %247 = load float, ptr %246, align 4
  %248 = fadd float %170, %247
  %249 = or disjoint i64 %245, %148
  %250 = getelementptr inbounds float, ptr %h, i64 %249
  %251 = fcmp olt float %248, 0xC01FFEC880000000
  %252 = select i1 %251, float 0xC01FFEC880000000, float %248
  %253 = fcmp ogt float %248, 0x401FFEC880000000
  %254 = select i1 %253, float 0x401FFEC880000000, float %252
  %255 = fmul float %254, %254
  %256 = tail call float @llvm.fmuladd.f32(float %255, float 0xBCB3E4B800000000, float 0x3D4C266FC0000000)
  %257 = tail call float @llvm.fmuladd.f32(float %256, float %255, float 0xBDD7A6FFE0000000)
  %258 = tail call float @llvm.fmuladd.f32(float %257, float %255, float 0x3E6B800820000000)
  %259 = tail call float @llvm.fmuladd.f32(float %258, float %255, float 0x3EEF286940000000)
  %260 = tail call float @llvm.fmuladd.f32(float %259, float %255, float 0x3F44E1BDA0000000)
  %261 = tail call float @llvm.fmuladd.f32(float %260, float %255, float 0x3F740B3B80000000)
  %262 = tail call float @llvm.fmuladd.f32(float %255, float 0x3EB41A7B00000000, float 0x3F1F12BAC0000000)
  %263 = tail call float @llvm.fmuladd.f32(float %262, float %255, float 0x3F629540A0000000)
  %264 = tail call float @llvm.fmuladd.f32(float %263, float %255, float 0x3F740B3BA0000000)
  %265 = fmul float %254, %261
  %266 = fdiv float %265, %264
  %267 = tail call float @llvm.fabs.f32(float %248)
  %268 = fcmp olt float %267, 0x3F3A36E2E0000000
  %269 = select i1 %268, float %248, float %266
  store float %269, ptr %250, align 4
  br i1 %149, label %k.cond16.preheader, label %j0.end9

k.cond34.preheader:                               ; preds = %i0.cond24.preheader, %k.end37
  %i023.0347 = phi i64 [ %304, %k.end37 ], [ 0, %i0.cond24.preheader ]
  %270 = shl nuw nsw i64 %i023.0347, 3
  br label %k.body35

i.cond44.preheader:                               ; preds = %k.end37, %i0.cond24.preheader
  br i1 %.not357, label %i.cond64.preheader, label %k.cond57.preheader

k.body35:                                         ; preds = %k.cond34.preheader, %k.body35
  %k33.0346 = phi i64 [ 0, %k.cond34.preheader ], [ %289, %k.body35 ]
  %s3_032.0345 = phi float [ 0.000000e+00, %k.cond34.preheader ], [ %288, %k.body35 ]
  %s2_031.0344 = phi float [ 0.000000e+00, %k.cond34.preheader ], [ %287, %k.body35 ]
  %s1_030.0343 = phi float [ 0.000000e+00, %k.cond34.preheader ], [ %286, %k.body35 ]
  %s0_029.0342 = phi float [ 0.000000e+00, %k.cond34.preheader ], [ %285, %k.body35 ]
  %271 = add nuw nsw i64 %k33.0346, %270
  %272 = getelementptr inbounds float, ptr %h, i64 %271
  %273 = load float, ptr %272, align 4
  %274 = or disjoint i64 %271, 8
  %275 = getelementptr inbounds float, ptr %h, i64 %274
  %276 = load float, ptr %275, align 4
  %277 = or disjoint i64 %271, 16
  %278 = getelementptr inbounds float, ptr %h, i64 %277
  %279 = load float, ptr %278, align 4
  %280 = or disjoint i64 %271, 24
  %281 = getelementptr inbounds float, ptr %h, i64 %280
  %282 = load float, ptr %281, align 4
  %283 = getelementptr inbounds float, ptr %y_weight, i64 %k33.0346
  %284 = load float, ptr %283, align 4
  %285 = tail call float @llvm.fmuladd.f32(float %273, float %284, float %s0_029.0342)
  %286 = tail call float @llvm.fmuladd.f32(float %276, float %284, float %s1_030.0343)
  %287 = tail call float @llvm.fmuladd.f32(float %279, float %284, float %s2_031.0344)
  %288 = tail call float @llvm.fmuladd.f32(float %282, float %284, float %s3_032.0345)
  %289 = add nuw nsw i64 %k33.0346, 1
  %exitcond.not = icmp eq i64 %289, 8
  br i1 %exitcond.not, label %k.end37, label %k.body35

k.end37:                                          ; preds = %k.body35
  %290 = load float, ptr %y_bias, align 64
  %291 = fadd float %285, %290
  %292 = getelementptr inbounds float, ptr %y_pre, i64 %i023.0347
  store float %291, ptr %292, align 16
  %293 = fadd float %286, %290
  %294 = or disjoint i64 %i023.0347, 1
  %295 = getelementptr inbounds float, ptr %y_pre, i64 %294
  store float %293, ptr %295, align 4
  %296 = load float, ptr %y_bias, align 64
  %297 = fadd float %287, %296
  %298 = or disjoint i64 %i023.0347, 2
  %299 = getelementptr inbounds float, ptr %y_pre, i64 %298
  store float %297, ptr %299, align 8
  %300 = load float, ptr %y_bias, align 64
  %301 = fadd float %288, %300
  %302 = or disjoint i64 %i023.0347, 3
  %303 = getelementptr inbounds float, ptr %y_pre, i64 %302
  store float %301, ptr %303, align 4
  %304 = add nuw nsw i64 %i023.0347, 4
  %305 = icmp ult i64 %304, %0
  br i1 %305, label %k.cond34.preheader, label %i.cond44.preheader

k.cond57.preheader:                               ; preds = %i.cond44.preheader, %k.end60
  %i43.0350 = phi i64 [ %324, %k.end60 ], [ %0, %i.cond44.preheader ]
  %.idx360 = shl nsw i64 %i43.0350, 5
  %invariant.gep422 = getelementptr i8, ptr %h, i64 %.idx360
  br label %k.body58

i.cond64.preheader:                               ; preds = %k.end60, %i.cond44.preheader
  %.not361 = icmp eq i64 %n, 0
  br i1 %.not361, label %i.end73.thread, label %i.body65.preheader

i.body65.preheader:                               ; preds = %i.cond64.preheader
  %min.iters.check = icmp ult i64 %n, 8
  br i1 %min.iters.check, label %i.body65.preheader480, label %vector.ph

i.body65.preheader480:                            ; preds = %middle.block, %i.body65.preheader
  %i63.0351.ph = phi i64 [ 0, %i.body65.preheader ], [ %n.vec, %middle.block ]
  br label %i.body65

vector.ph:                                        ; preds = %i.body65.preheader
  %n.vec = and i64 %n, -8
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %306 = getelementptr inbounds float, ptr %y, i64 %index
  %307 = getelementptr inbounds float, ptr %y_pre, i64 %index
  %wide.load = load <8 x float>, ptr %307, align 32
  %308 = fneg <8 x float> %wide.load
  %309 = tail call <8 x float> @llvm.exp.v8f32(<8 x float> %308)
  %310 = fadd <8 x float> %309, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %311 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %310
  store <8 x float> %311, ptr %306, align 32
  %index.next = add nuw i64 %index, 8
  %312 = icmp eq i64 %index.next, %n.vec
  br i1 %312, label %middle.block, label %vector.body, !llvm.loop !18

middle.block:                                     ; preds = %vector.body
  %cmp.n = icmp eq i64 %n.vec, %n
  br i1 %cmp.n, label %i.body71.preheader, label %i.body65.preheader480

i.end73.thread:                                   ; preds = %i.cond64.preheader
  %313 = uitofp nneg i64 %n to float
  %314 = fdiv float 1.000000e+00, %313
  %315 = fmul float %314, 0.000000e+00
  store float %315, ptr %loss, align 64
  br label %i.end79

k.body58:                                         ; preds = %k.cond57.preheader, %k.body58
  %k56.0349 = phi i64 [ 0, %k.cond57.preheader ], [ %320, %k.body58 ]
  %s0_055.0348 = phi float [ 0.000000e+00, %k.cond57.preheader ], [ %319, %k.body58 ]
  %gep423 = getelementptr float, ptr %invariant.gep422, i64 %k56.0349
  %316 = load float, ptr %gep423, align 4
  %317 = getelementptr inbounds float, ptr %y_weight, i64 %k56.0349
  %318 = load float, ptr %317, align 4
  %319 = tail call float @llvm.fmuladd.f32(float %316, float %318, float %s0_055.0348)
  %320 = add nuw nsw i64 %k56.0349, 1
  %exitcond391.not = icmp eq i64 %320, 8
  br i1 %exitcond391.not, label %k.end60, label %k.body58

k.end60:                                          ; preds = %k.body58
  %321 = load float, ptr %y_bias, align 64
  %322 = fadd float %319, %321
  %323 = getelementptr inbounds float, ptr %y_pre, i64 %i43.0350
  store float %322, ptr %323, align 4
  %324 = add nuw nsw i64 %i43.0350, 1
  %325 = icmp ult i64 %324, %n
  br i1 %325, label %k.cond57.preheader, label %i.cond64.preheader

i.body65:                                         ; preds = %i.body65.preheader480, %i.body65
  %i63.0351 = phi i64 [ %333, %i.body65 ], [ %i63.0351.ph, %i.body65.preheader480 ]
  %326 = getelementptr inbounds float, ptr %y, i64 %i63.0351
  %327 = getelementptr inbounds float, ptr %y_pre, i64 %i63.0351
  %328 = load float, ptr %327, align 4
  %329 = fneg float %328
  %330 = tail call float @llvm.exp.f32(float %329)
  %331 = fadd float %330, 1.000000e+00
  %332 = fdiv float 1.000000e+00, %331
  store float %332, ptr %326, align 4
  %333 = add nuw nsw i64 %i63.0351, 1
  %exitcond392.not = icmp eq i64 %333, %n
  br i1 %exitcond392.not, label %i.body71.preheader, label %i.body65, !llvm.loop !19

i.body71.preheader:                               ; preds = %i.body65, %middle.block
  br label %i.body71

i.body71:                                         ; preds = %i.body71.preheader, %i.body71
  %i69.0353 = phi i64 [ %347, %i.body71 ], [ 0, %i.body71.preheader ]
  %sum.0352 = phi float [ %346, %i.body71 ], [ 0.000000e+00, %i.body71.preheader ]
  %334 = getelementptr inbounds float, ptr %y_pre, i64 %i69.0353
  %335 = load float, ptr %334, align 4
  %336 = tail call float @llvm.maxnum.f32(float %335, float 0.000000e+00)
  %337 = getelementptr inbounds float, ptr %target, i64 %i69.0353
  %338 = load float, ptr %337, align 4
  %339 = fmul float %335, %338
  %340 = fsub float %336, %339
  %341 = tail call float @llvm.fabs.f32(float %335)
  %342 = fneg float %341
  %343 = tail call float @llvm.exp.f32(float %342)
  %344 = tail call float @log1pf(float %343)
  %345 = fadd float %344, %340
  %346 = fadd reassoc float %sum.0352, %345
  %347 = add nuw nsw i64 %i69.0353, 1
  %exitcond393.not = icmp eq i64 %347, %n
  br i1 %exitcond393.not, label %i.body77.preheader, label %i.body71

i.body77.preheader:                               ; preds = %i.body71
  %348 = uitofp nneg i64 %n to float
  %349 = fdiv float 1.000000e+00, %348
  %350 = fmul float %349, %346
  store float %350, ptr %loss, align 64
  %min.iters.check452 = icmp ult i64 %n, 32
  br i1 %min.iters.check452, label %i.body77.preheader474, label %vector.ph453

vector.ph453:                                     ; preds = %i.body77.preheader
  %n.vec455 = and i64 %n, -32
  br label %vector.body457

vector.body457:                                   ; preds = %vector.body457, %vector.ph453
  %index458 = phi i64 [ 0, %vector.ph453 ], [ %index.next470, %vector.body457 ]
  %vec.phi = phi <8 x float> [ <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph453 ], [ %375, %vector.body457 ]
  %vec.phi459 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph453 ], [ %376, %vector.body457 ]
  %vec.phi460 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph453 ], [ %377, %vector.body457 ]
  %vec.phi461 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph453 ], [ %378, %vector.body457 ]
  %351 = getelementptr inbounds float, ptr %y, i64 %index458
  %352 = getelementptr inbounds i8, ptr %351, i64 32
  %353 = getelementptr inbounds i8, ptr %351, i64 64
  %354 = getelementptr inbounds i8, ptr %351, i64 96
  %wide.load462 = load <8 x float>, ptr %351, align 64
  %wide.load463 = load <8 x float>, ptr %352, align 32
  %wide.load464 = load <8 x float>, ptr %353, align 64
  %wide.load465 = load <8 x float>, ptr %354, align 32
  %355 = fcmp ogt <8 x float> %wide.load462, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %356 = fcmp ogt <8 x float> %wide.load463, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %357 = fcmp ogt <8 x float> %wide.load464, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %358 = fcmp ogt <8 x float> %wide.load465, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %359 = getelementptr inbounds float, ptr %target, i64 %index458
  %360 = getelementptr inbounds i8, ptr %359, i64 32
  %361 = getelementptr inbounds i8, ptr %359, i64 64
  %362 = getelementptr inbounds i8, ptr %359, i64 96
  %wide.load466 = load <8 x float>, ptr %359, align 4
  %wide.load467 = load <8 x float>, ptr %360, align 4
  %wide.load468 = load <8 x float>, ptr %361, align 4
  %wide.load469 = load <8 x float>, ptr %362, align 4
  %363 = fcmp ule <8 x float> %wide.load466, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %364 = fcmp ule <8 x float> %wide.load467, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %365 = fcmp ule <8 x float> %wide.load468, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %366 = fcmp ule <8 x float> %wide.load469, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %367 = xor <8 x i1> %355, %363
  %368 = xor <8 x i1> %356, %364
  %369 = xor <8 x i1> %357, %365
  %370 = xor <8 x i1> %358, %366
  %371 = select <8 x i1> %367, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %372 = select <8 x i1> %368, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %373 = select <8 x i1> %369, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %374 = select <8 x i1> %370, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %375 = fadd reassoc <8 x float> %vec.phi, %371
  %376 = fadd reassoc <8 x float> %vec.phi459, %372
  %377 = fadd reassoc <8 x float> %vec.phi460, %373
  %378 = fadd reassoc <8 x float> %vec.phi461, %374
  %index.next470 = add nuw i64 %index458, 32
  %379 = icmp eq i64 %index.next470, %n.vec455
  br i1 %379, label %middle.block450, label %vector.body457, !llvm.loop !20

middle.block450:                                  ; preds = %vector.body457
  %bin.rdx = fadd reassoc <8 x float> %376, %375
  %bin.rdx471 = fadd reassoc <8 x float> %377, %bin.rdx
  %bin.rdx472 = fadd reassoc <8 x float> %378, %bin.rdx471
  %380 = tail call reassoc float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %bin.rdx472)
  %cmp.n473 = icmp eq i64 %n.vec455, %n
  br i1 %cmp.n473, label %i.end79, label %i.body77.preheader474

i.body77.preheader474:                            ; preds = %middle.block450, %i.body77.preheader
  %i75.0355.ph = phi i64 [ 0, %i.body77.preheader ], [ %n.vec455, %middle.block450 ]
  %hits.0354.ph = phi float [ 0.000000e+00, %i.body77.preheader ], [ %380, %middle.block450 ]
  br label %i.body77

i.body77:                                         ; preds = %i.body77.preheader474, %i.body77
  %i75.0355 = phi i64 [ %390, %i.body77 ], [ %i75.0355.ph, %i.body77.preheader474 ]
  %hits.0354 = phi float [ %389, %i.body77 ], [ %hits.0354.ph, %i.body77.preheader474 ]
  %381 = getelementptr inbounds float, ptr %y, i64 %i75.0355
  %382 = load float, ptr %381, align 4
  %383 = fcmp ogt float %382, 5.000000e-01
  %384 = getelementptr inbounds float, ptr %target, i64 %i75.0355
  %385 = load float, ptr %384, align 4
  %386 = fcmp ule float %385, 5.000000e-01
  %387 = xor i1 %383, %386
  %388 = select i1 %387, float 1.000000e+00, float 0.000000e+00
  %389 = fadd reassoc float %hits.0354, %388
  %390 = add nuw nsw i64 %i75.0355, 1
  %exitcond394.not = icmp eq i64 %390, %n
  br i1 %exitcond394.not, label %i.end79, label %i.body77, !llvm.loop !21

i.end79:                                          ; preds = %i.body77, %middle.block450, %i.end73.thread
  %hits.0.lcssa = phi float [ 0.000000e+00, %i.end73.thread ], [ %380, %middle.block450 ], [ %389, %i.body77 ]
  store float %hits.0.lcssa, ptr %correct, align 4
  %391 = load float, ptr %loss, align 64
  ret float %391
}

; Function Attrs: nounwind
define ptr @xor_create(i64 %0) local_unnamed_addr #5 {
entry:
  %1 = tail call ptr @nnrt_model_create(ptr nonnull @xor_desc, i64 %0) #5
  ret ptr %1
}

declare ptr @nnrt_model_create(ptr, i64) local_unnamed_addr

; Function Attrs: nounwind
define void @xor_destroy(ptr %0) local_unnamed_addr #5 {
entry:
  tail call void @nnrt_model_destroy(ptr %0) #5
  ret void
}

declare void @nnrt_model_destroy(ptr) local_unnamed_addr

; Function Attrs: nounwind
define void @xor_predict(ptr %0, ptr %1, ptr %2, i64 %3) local_unnamed_addr #5 {
entry:
  %4 = tail call i32 @nnrt_predict(ptr %0, ptr %1, ptr %2, i64 %3) #5
  ret void
}

declare i32 @nnrt_predict(ptr, ptr, ptr, i64) local_unnamed_addr

; Function Attrs: nounwind
define float @xor_train_batch(ptr %0, ptr %1, ptr %2, i64 %3) local_unnamed_addr #5 {
entry:
  %loss = alloca float, align 4
  store float 0x7FF8000000000000, ptr %loss, align 4
  %4 = call i32 @nnrt_train_batch(ptr %0, ptr %1, ptr %2, i64 %3, ptr nonnull %loss) #5
  %5 = icmp eq i32 %4, 0
  %6 = load float, ptr %loss, align 4
  %7 = select i1 %5, float %6, float 0x7FF8000000000000
  ret float %7
}

declare i32 @nnrt_train_batch(ptr, ptr, ptr, i64, ptr) local_unnamed_addr

; Function Attrs: nounwind
define float @xor_evaluate(ptr %0, ptr %1, ptr %2, i64 %3, ptr %4) local_unnamed_addr #5 {
entry:
  %loss = alloca float, align 4
  store float 0x7FF8000000000000, ptr %loss, align 4
  %5 = call i32 @nnrt_evaluate(ptr %0, ptr %1, ptr %2, i64 %3, ptr nonnull %loss, ptr %4) #5
  %6 = icmp eq i32 %5, 0
  %7 = load float, ptr %loss, align 4
  %8 = select i1 %6, float %7, float 0x7FF8000000000000
  ret float %8
}

declare i32 @nnrt_evaluate(ptr, ptr, ptr, i64, ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define i32 @xor_fit(ptr %0, ptr %1, ptr %2) local_unnamed_addr #5 {
entry:
  %3 = tail call i32 @nnrt_fit(ptr %0, ptr %1, ptr %2) #5
  ret i32 %3
}

declare i32 @nnrt_fit(ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define i32 @xor_save(ptr %0, ptr %1) local_unnamed_addr #5 {
entry:
  %2 = tail call i32 @nnrt_save(ptr %0, ptr %1) #5
  ret i32 %2
}

declare i32 @nnrt_save(ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define i32 @xor_load(ptr %0, ptr %1) local_unnamed_addr #5 {
entry:
  %2 = tail call i32 @nnrt_load(ptr %0, ptr %1) #5
  ret i32 %2
}

declare i32 @nnrt_load(ptr, ptr) local_unnamed_addr

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define noundef i64 @xor_param_count() local_unnamed_addr #6 {
entry:
  ret i64 33
}

; Function Attrs: nounwind
define ptr @xor_param(ptr %0, ptr %1, ptr %2) local_unnamed_addr #5 {
entry:
  %3 = tail call ptr @nnrt_param(ptr %0, ptr %1, ptr %2) #5
  ret ptr %3
}

declare ptr @nnrt_param(ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define ptr @xor_grad(ptr %0, ptr %1, ptr %2) local_unnamed_addr #5 {
entry:
  %3 = tail call ptr @nnrt_grad(ptr %0, ptr %1, ptr %2) #5
  ret ptr %3
}

declare ptr @nnrt_grad(ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.exp.v8f32(<8 x float>) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.fmuladd.v4f32(<4 x float>, <4 x float>, <4 x float>) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.fabs.v4f32(<4 x float>) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fadd.v8f32(float, <8 x float>) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.sqrt.v8f32(<8 x float>) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #7

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree nounwind memory(write, argmem: readwrite) }
attributes #3 = { mustprogress nofree nounwind willreturn memory(write) }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind }
attributes #6 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) }
attributes #7 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!0 = distinct !{!0, !1, !2}
!1 = !{!"llvm.loop.isvectorized", i32 1}
!2 = !{!"llvm.loop.unroll.runtime.disable"}
!3 = distinct !{!3, !1}
!4 = distinct !{!4, !1, !2}
!5 = distinct !{!5, !2, !1}
!6 = distinct !{!6, !1, !2}
!7 = distinct !{!7, !2, !1}
!8 = !{!9}
!9 = distinct !{!9, !10}
!10 = distinct !{!10, !"LVerDomain"}
!11 = !{!12}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !1, !2}
!14 = distinct !{!14, !1}
!15 = distinct !{!15, !1, !2}
!16 = distinct !{!16, !2, !1}
!17 = distinct !{!17, !1, !2}
!18 = distinct !{!18, !1, !2}
!19 = distinct !{!19, !2, !1}
!20 = distinct !{!20, !1, !2}
!21 = distinct !{!21, !2, !1}
